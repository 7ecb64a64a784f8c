package dev.krakenmock.server.engine;

import dev.krakenmock.server.data.Seed;
import dev.krakenmock.server.data.ValueKind;
import dev.krakenmock.server.data.ValueRequest;
import dev.krakenmock.server.engine.MockValues.MockObject;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Answers the fields taken out of the executed document (see {@link OpaqueSelections}) by walking
 * the client's selection: fields the schema knows get values of their type, from the same seeds
 * as executed fields; fields it does not know get values chosen by their name. Every answered
 * field's path is collected, for the response's extensions.
 */
final class SelectionGenerator {

  private final EntityGraph graph;
  private final Map<String, Object> variables;
  private final Map<String, FragmentDefinition> fragments;
  private final Set<String> undocumented = new LinkedHashSet<>();

  SelectionGenerator(EntityGraph graph, Map<String, Object> variables,
      Map<String, FragmentDefinition> fragments) {
    this.graph = graph;
    this.variables = variables;
    this.fragments = fragments;
  }

  Set<String> undocumentedPaths() {
    return undocumented;
  }

  /** The value of a taken-out field of the object with {@code parentIdentity}. */
  @Nullable Object field(String parentIdentity, String parentType, Field field,
      @Nullable GraphQLFieldDefinition definition, String responsePath) {
    Map<String, Object> arguments = arguments(field);
    String path = parentIdentity + "/" + field.getName() + EntityGraph.argumentsKey(arguments);
    GraphQLOutputType type = definition == null ? null : definition.getType();
    return value(parentIdentity, parentType, field, type, path, arguments, responsePath);
  }

  private @Nullable Object value(String parentIdentity, String parentType, Field field,
      @Nullable GraphQLType type,
      String path, Map<String, Object> arguments, String responsePath) {
    GraphQLType unwrapped = type == null ? null : GraphQLTypeUtil.unwrapNonNull(type);
    if (unwrapped instanceof GraphQLList list) {
      return list(i -> value(parentIdentity, parentType, field, list.getWrappedType(),
          path + "[" + i + "]",
          arguments, responsePath));
    }
    if (unwrapped == null && field.getSelectionSet() != null && looksPlural(field.getName())) {
      return list(i -> element(parentIdentity, parentType, field, null, path + "[" + i + "]",
          arguments,
          responsePath));
    }
    return element(parentIdentity, parentType, field, (GraphQLNamedType) unwrapped, path,
        arguments,
        responsePath);
  }

  private List<Object> list(java.util.function.IntFunction<Object> element) {
    List<Object> values = new ArrayList<>(graph.listSize());
    for (int i = 0; i < graph.listSize(); i++) {
      values.add(element.apply(i));
    }
    return values;
  }

  private @Nullable Object element(String parentIdentity, String parentType, Field field,
      @Nullable GraphQLNamedType type, String path, Map<String, Object> arguments,
      String responsePath) {
    if (field.getSelectionSet() == null) {
      if (!documented(parentType, field.getName())) {
        undocumented.add(responsePath);
      }
      long entitySeed = Seed.of(graph.seed(), parentIdentity);
      if (type instanceof GraphQLScalarType || type instanceof GraphQLEnumType) {
        return graph.leaf(parentType, field.getName(), type, Seed.of(graph.seed(), path),
            entitySeed);
      }
      return graph.generator().value(new ValueRequest(Seed.of(graph.seed(), path), entitySeed,
          parentType, field.getName(), "String", kindByName(field.getName()), List.of()));
    }
    Set<String> conditions = OpaqueSelections.typeConditions(field.getSelectionSet(), fragments);
    String typeName = concreteTypeName(type, path, conditions, field.getName());
    GraphQLType known = graph.schema().getType(typeName);
    MockObject object = known instanceof GraphQLObjectType objectType
        ? graph.object(objectType, path)
        : MockObject.unkeyed(typeName, path);
    Map<String, Object> result = new LinkedHashMap<>();
    selections(object, known, field.getSelectionSet(), result, responsePath, 0);
    return result;
  }

  private void selections(MockObject object, @Nullable GraphQLType known,
      SelectionSet selectionSet, Map<String, Object> result, String responsePath, int depth) {
    for (Selection<?> selection : selectionSet.getSelections()) {
      if (selection instanceof Field field) {
        String key = field.getAlias() != null ? field.getAlias() : field.getName();
        result.put(key, fieldOf(object, known, field, responsePath + "." + key));
      } else if (selection instanceof InlineFragment inline) {
        if (applies(inline.getTypeCondition() == null ? null
            : inline.getTypeCondition().getName(), object.typeName())) {
          selections(object, known, inline.getSelectionSet(), result, responsePath, depth);
        }
      } else if (selection instanceof FragmentSpread spread && depth < 64) {
        FragmentDefinition fragment = fragments.get(spread.getName());
        if (fragment != null && applies(fragment.getTypeCondition().getName(),
            object.typeName())) {
          selections(object, known, fragment.getSelectionSet(), result, responsePath, depth + 1);
        }
      }
    }
  }

  private @Nullable Object fieldOf(MockObject object, @Nullable GraphQLType known, Field field,
      String responsePath) {
    if (field.getName().equals("__typename")) {
      return object.typeName();
    }
    Object fixed = object.fixed().get(field.getName());
    if (fixed != null) {
      return fixed;
    }
    GraphQLFieldDefinition definition = known instanceof GraphQLFieldsContainer container
        ? container.getFieldDefinition(field.getName()) : null;
    return field(object.identity(), object.typeName(), field, definition, responsePath);
  }

  /** Whether the schema documents the field on a type that is not opaque. */
  private boolean documented(String parentType, String fieldName) {
    GraphQLType parent = graph.schema().getType(parentType);
    return parent instanceof GraphQLFieldsContainer container && !OpaqueSelections.isOpaque(parent)
        && container.getFieldDefinition(fieldName) != null;
  }

  /** Whether a fragment on {@code condition} applies to an object of {@code typeName}. */
  private boolean applies(@Nullable String condition, String typeName) {
    if (condition == null || condition.equals(typeName)) {
      return true;
    }
    GraphQLType abstractType = graph.schema().getType(condition);
    GraphQLType concrete = graph.schema().getType(typeName);
    return abstractType instanceof GraphQLNamedType named && concrete instanceof GraphQLObjectType
        && graph.possibleTypes(named).contains(concrete);
  }

  /**
   * The concrete type of a generated object: the schema's choice when it has one; otherwise one
   * of the type conditions the client selects on (clients know the real types), chosen by path.
   */
  private String concreteTypeName(@Nullable GraphQLNamedType type, String path,
      Set<String> conditions, String fieldName) {
    if (type != null) {
      Optional<GraphQLObjectType> concrete = graph.concreteType(type, path);
      if (concrete.isPresent()) {
        return concrete.get().getName();
      }
    }
    List<String> candidates = conditions.stream()
        .filter(name -> !(graph.schema().getType(name) instanceof GraphQLNamedType named)
            || named instanceof GraphQLObjectType)
        .toList();
    if (!candidates.isEmpty()) {
      return candidates.get(Seed.below(Seed.of(graph.seed(), path, "type"), candidates.size()));
    }
    if (type != null) {
      return implementationByName(type.getName());
    }
    return Character.toUpperCase(fieldName.charAt(0)) + fieldName.substring(1) + "Type";
  }

  /**
   * For an interface the schema knows no implementation of, the object type its name points to:
   * {@code AccountInterface} is answered as an {@code AccountType} (or {@code Account}), so that
   * it agrees with the other queries that reach the same entity.
   */
  private String implementationByName(String interfaceName) {
    if (interfaceName.endsWith("Interface")) {
      String stem = interfaceName.substring(0, interfaceName.length() - "Interface".length());
      for (String candidate : List.of(stem + "Type", stem)) {
        if (graph.schema().getType(candidate) instanceof GraphQLObjectType) {
          return candidate;
        }
      }
    }
    return interfaceName;
  }

  private Map<String, Object> arguments(Field field) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    ArgumentValues.of(field, variables).forEach(arguments::put);
    return arguments;
  }

  private static boolean looksPlural(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("status")
        && !lower.endsWith("address");
  }

  /** The kind of an undocumented leaf, guessed from its name. */
  static ValueKind kindByName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (name.equals("id") || name.endsWith("Id")) {
      return ValueKind.ID;
    }
    if (lower.startsWith("is") || lower.startsWith("has") || lower.startsWith("can")
        || lower.startsWith("should") || lower.endsWith("enabled")) {
      return ValueKind.BOOLEAN;
    }
    if (name.endsWith("At") || lower.endsWith("datetime") || lower.endsWith("timestamp")) {
      return ValueKind.DATE_TIME;
    }
    if (lower.endsWith("date") || name.endsWith("On") || lower.equals("from")
        || lower.equals("to")) {
      return ValueKind.DATE;
    }
    if (lower.endsWith("count") || lower.startsWith("number") || lower.endsWith("amount")
        || lower.endsWith("balance") || lower.endsWith("days")) {
      return ValueKind.INT;
    }
    if (lower.endsWith("kwh") || lower.endsWith("rate") || lower.endsWith("price")
        || lower.endsWith("percentage") || lower.endsWith("kw")) {
      return ValueKind.DECIMAL;
    }
    return ValueKind.STRING;
  }
}
