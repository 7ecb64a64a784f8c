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
import java.util.Objects;
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

  /**
   * The value of a taken-out field of {@code parent}: generated, with what fixtures pin for it
   * (the parent's fixture data, or a root-field fixture) over it.
   */
  @Nullable Object field(MockObject parent, String parentType, Field field,
      @Nullable GraphQLFieldDefinition definition, String responsePath) {
    Map<String, Object> arguments = arguments(field);
    Object overlay = graph.overlayOf(parent, field.getName(), arguments);
    String path = parent.identity() + "/" + field.getName() + EntityGraph.argumentsKey(arguments);
    GraphQLOutputType type = definition == null ? null : definition.getType();
    return value(parent.identity(), parentType, field, type, path, arguments, responsePath,
        overlay);
  }

  private @Nullable Object value(String parentIdentity, String parentType, Field field,
      @Nullable GraphQLType type, String path, Map<String, Object> arguments,
      String responsePath, @Nullable Object overlay) {
    if (overlay == null) {
      return null;
    }
    GraphQLType unwrapped = type == null ? null : GraphQLTypeUtil.unwrapNonNull(type);
    List<?> pinned = overlay instanceof List<?> list ? list : null;
    if (unwrapped instanceof GraphQLList list) {
      return list(pinned, (i, element) -> value(parentIdentity, parentType, field,
          list.getWrappedType(), path + "[" + i + "]", arguments, responsePath, element));
    }
    if (pinned != null && field.getSelectionSet() != null
        && (unwrapped == null ? selects(field, "edges")
            : unwrapped instanceof GraphQLNamedType named && EntityGraph.isConnection(named))) {
      return connection(parentIdentity, parentType, field, unwrapped, path, pinned, arguments,
          responsePath);
    }
    // Where the schema does not say, or a fixture says otherwise, a list is what it is given.
    if (field.getSelectionSet() != null
        && (pinned != null || unwrapped == null && looksPlural(field.getName()))) {
      GraphQLNamedType elementType = unwrapped instanceof GraphQLNamedType named ? named : null;
      return list(pinned, (i, element) -> element(parentIdentity, parentType, field, elementType,
          path + "[" + i + "]", arguments, responsePath, element));
    }
    return element(parentIdentity, parentType, field, (GraphQLNamedType) unwrapped, path,
        arguments, responsePath, overlay);
  }

  /** A list of the generated length, or of the pinned one with each element over its own. */
  private List<@Nullable Object> list(@Nullable List<?> pinned,
      java.util.function.BiFunction<Integer, @Nullable Object, @Nullable Object> element) {
    int size = pinned != null ? pinned.size() : graph.listSize();
    List<@Nullable Object> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(element.apply(i, pinned != null ? pinned.get(i) : EntityGraph.NONE));
    }
    return values;
  }

  private static boolean selects(Field field, String name) {
    return field.getSelectionSet() != null && field.getSelectionSet()
        .getSelectionsOfType(Field.class).stream().anyMatch(f -> f.getName().equals(name));
  }

  /**
   * A connection whose nodes a fixture gives: its total is their number and the pagination
   * arguments select the page, as for generated connections.
   */
  private Map<String, @Nullable Object> connection(String parentIdentity, String parentType,
      Field field, @Nullable GraphQLType type, String path, List<?> nodes,
      Map<String, Object> arguments, String responsePath) {
    ConnectionSlice slice;
    try {
      slice = ConnectionSlice.of(nodes.size(), (Integer) arguments.get("first"),
          (Integer) arguments.get("last"), (String) arguments.get("after"),
          (String) arguments.get("before"));
    } catch (InvalidPaginationException | ClassCastException e) {
      slice = ConnectionSlice.of(nodes.size(), null, null, null, null);
    }
    GraphQLFieldDefinition edges = type instanceof GraphQLFieldsContainer container
        ? container.getFieldDefinition("edges") : null;
    GraphQLType edgeType = edges == null ? null : GraphQLTypeUtil.unwrapAll(edges.getType());
    GraphQLFieldDefinition node = edgeType instanceof GraphQLFieldsContainer container
        ? container.getFieldDefinition("node") : null;
    GraphQLNamedType nodeType = node == null ? null
        : (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(node.getType());
    Map<String, @Nullable Object> result = new LinkedHashMap<>();
    for (Field selected : Objects.requireNonNull(field.getSelectionSet())
        .getSelectionsOfType(Field.class)) {
      String key = selected.getAlias() != null ? selected.getAlias() : selected.getName();
      String at = responsePath + "." + key;
      ConnectionSlice page = slice;
      result.put(key, switch (selected.getName()) {
        case "totalCount" -> page.total();
        case "edgeCount" -> page.size();
        case "__typename" -> type instanceof GraphQLNamedType named ? named.getName() : null;
        case "pageInfo" -> pageInfo(selected, page);
        case "edges" -> {
          List<@Nullable Object> list = new ArrayList<>();
          for (int offset = page.start(); offset < page.end(); offset++) {
            Map<String, @Nullable Object> edge = new LinkedHashMap<>();
            for (Field edgeField : selectionsOf(selected)) {
              String edgeKey = edgeField.getAlias() != null ? edgeField.getAlias()
                  : edgeField.getName();
              edge.put(edgeKey, switch (edgeField.getName()) {
                case "cursor" -> ConnectionSlice.cursorOf(offset);
                case "node" -> element(parentIdentity, parentType, edgeField, nodeType,
                    path + "[" + offset + "]", arguments, at + "." + edgeKey, nodes.get(offset));
                default -> null;
              });
            }
            list.add(edge);
          }
          yield list;
        }
        default -> null;
      });
    }
    return result;
  }

  private static List<Field> selectionsOf(Field field) {
    return field.getSelectionSet() == null ? List.of()
        : field.getSelectionSet().getSelectionsOfType(Field.class);
  }

  private static Map<String, @Nullable Object> pageInfo(Field field, ConnectionSlice slice) {
    Map<String, @Nullable Object> result = new LinkedHashMap<>();
    boolean empty = slice.size() == 0;
    for (Field selected : selectionsOf(field)) {
      String key = selected.getAlias() != null ? selected.getAlias() : selected.getName();
      result.put(key, switch (selected.getName()) {
        case "hasNextPage" -> slice.hasNextPage();
        case "hasPreviousPage" -> slice.hasPreviousPage();
        case "startCursor" -> empty ? null : ConnectionSlice.cursorOf(slice.start());
        case "endCursor" -> empty ? null : ConnectionSlice.cursorOf(slice.end() - 1);
        case "__typename" -> "PageInfo";
        default -> null;
      });
    }
    return result;
  }

  private @Nullable Object element(String parentIdentity, String parentType, Field field,
      @Nullable GraphQLNamedType type, String path, Map<String, Object> arguments,
      String responsePath, @Nullable Object overlay) {
    if (overlay == null) {
      return null;
    }
    if (field.getSelectionSet() == null) {
      if (overlay != EntityGraph.NONE) {
        return overlay;
      }
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
    Map<String, @Nullable Object> partial = EntityGraph.partialOf(overlay);
    Set<String> conditions = OpaqueSelections.typeConditions(field.getSelectionSet(), fragments);
    String typeName = partial.get("__typename") instanceof String pinned ? pinned
        : concreteTypeName(type, path, conditions, field.getName());
    GraphQLType known = graph.schema().getType(typeName);
    MockObject object = graph.object(known, typeName, path, partial);
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
    GraphQLFieldDefinition definition = known instanceof GraphQLFieldsContainer container
        ? container.getFieldDefinition(field.getName()) : null;
    return field(object, object.typeName(), field, definition, responsePath);
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
