package dev.krakenmock.server.engine;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The lenient reading of a document: selections the reference does not document are taken out of
 * what graphql-java executes and answered by the {@link SelectionGenerator} instead. A field is
 * taken out when it is unknown on an opaque type, when its type is opaque or has no known
 * implementation, or when it holds an inline fragment on a type the schema does not know. In
 * its place the executed document asks the parent's {@code __typename} under the same response
 * key, which is valid on any type and is overwritten afterwards.
 */
final class OpaqueSelections {

  /** The marker field of an opaque type in the generated schema. */
  static final String OPAQUE_MARKER = "_opaque";
  private static final String TYPENAME = "__typename";
  private static final int MAX_FRAGMENT_DEPTH = 64;

  private final GraphQLSchema schema;
  private final Map<String, FragmentDefinition> fragments = new HashMap<>();
  private final List<CapturedField> captures = new ArrayList<>();
  private @Nullable String operationName;
  private final Set<String> ignoredArguments = new LinkedHashSet<>();

  private OpaqueSelections(GraphQLSchema schema, Document document) {
    this.schema = schema;
    for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
      fragments.putIfAbsent(fragment.getName(), fragment);
    }
  }

  /** A field taken out, at its response path (keys from the root, the field's own key last). */
  record CapturedField(@Nullable String operation, List<String> path, Field field,
      @Nullable GraphQLFieldDefinition definition, String parentType,
      Map<String, FragmentDefinition> fragments) {

    List<String> parentPath() {
      return path.subList(0, path.size() - 1);
    }

    String responseKey() {
      return path.get(path.size() - 1);
    }
  }

  /**
   * The document to execute, the fields taken out of it, and the arguments it dropped because the
   * schema does not document them ({@code Type.field(argument)}).
   */
  record Rewritten(Document document, List<CapturedField> captures,
      Set<String> ignoredArguments) {

    /** Whether the executed document differs from the client's. */
    boolean changed() {
      return !captures.isEmpty() || !ignoredArguments.isEmpty();
    }

    /** The response paths of the objects whose identity the captured fields need. */
    Set<List<String>> parentPaths() {
      Set<List<String>> paths = new HashSet<>();
      captures.forEach(capture -> paths.add(capture.parentPath()));
      return paths;
    }
  }

  static Rewritten rewrite(GraphQLSchema schema, Document document) {
    OpaqueSelections rewriter = new OpaqueSelections(schema, document);
    List<Definition> definitions = new ArrayList<>();
    for (Definition<?> definition : document.getDefinitions()) {
      if (definition instanceof FragmentDefinition fragment
          && schema.getType(fragment.getTypeCondition().getName()) == null) {
        continue;
      }
      definitions.add(rewriter.definition(definition));
    }
    Map<String, FragmentDefinition> frozen = Map.copyOf(rewriter.fragments);
    List<CapturedField> captured = rewriter.captures.stream()
        .map(c -> new CapturedField(c.operation(), c.path(), c.field(), c.definition(),
            c.parentType(), frozen))
        .toList();
    Document rewritten = document.transform(builder -> builder.definitions(definitions));
    return new Rewritten(DocumentUsage.withoutNewlyUnused(document, rewritten), captured,
        Set.copyOf(rewriter.ignoredArguments));
  }

  private Definition<?> definition(Definition<?> definition) {
    if (definition instanceof OperationDefinition operation) {
      GraphQLObjectType root = rootType(operation.getOperation());
      if (root == null) {
        return operation;
      }
      operationName = operation.getName();
      SelectionSet rewritten = selections(operation.getSelectionSet(), root, List.of(), true, 0);
      return operation.transform(builder -> builder.selectionSet(rewritten));
    }
    if (definition instanceof FragmentDefinition fragment) {
      GraphQLType type = schema.getType(fragment.getTypeCondition().getName());
      if (!(type instanceof GraphQLCompositeType composite)) {
        return fragment;
      }
      SelectionSet rewritten =
          selections(fragment.getSelectionSet(), composite, List.of(), false, 0);
      return fragment.transform(builder -> builder.selectionSet(rewritten));
    }
    return definition;
  }

  private @Nullable GraphQLObjectType rootType(OperationDefinition.Operation operation) {
    return switch (operation) {
      case QUERY -> schema.getQueryType();
      case MUTATION -> schema.getMutationType();
      case SUBSCRIPTION -> schema.getSubscriptionType();
    };
  }

  /**
   * The selection set with the undocumented fields replaced; when {@code record} is set, each
   * replacement is recorded at its path (fragments are walked at every place they are spread).
   */
  private SelectionSet selections(SelectionSet selectionSet, GraphQLCompositeType parent,
      List<String> path, boolean record, int depth) {
    List<Selection> rewritten = new ArrayList<>();
    for (Selection<?> selection : selectionSet.getSelections()) {
      if (selection instanceof Field field) {
        rewritten.add(field(field, parent, path, record, depth));
      } else if (selection instanceof InlineFragment inline) {
        GraphQLCompositeType condition = inline.getTypeCondition() == null ? parent
            : compositeOrNull(inline.getTypeCondition().getName());
        if (condition == null) {
          continue;
        }
        SelectionSet inner = selections(inline.getSelectionSet(), condition, path, record, depth);
        rewritten.add(inline.transform(builder -> builder.selectionSet(inner)));
      } else if (selection instanceof FragmentSpread spread) {
        FragmentDefinition fragment = fragments.get(spread.getName());
        GraphQLCompositeType condition = fragment == null ? null
            : compositeOrNull(fragment.getTypeCondition().getName());
        if (fragment != null && condition == null) {
          continue;
        }
        if (record && condition != null && depth < MAX_FRAGMENT_DEPTH) {
          selections(fragment.getSelectionSet(), condition, path, true, depth + 1);
        }
        rewritten.add(spread);
      }
    }
    return selectionSet.transform(builder -> builder.selections(rewritten));
  }

  private Selection<?> field(Field field, GraphQLCompositeType parent, List<String> path,
      boolean record, int depth) {
    if (field.getName().startsWith("__")) {
      return field;
    }
    String key = field.getAlias() != null ? field.getAlias() : field.getName();
    GraphQLFieldDefinition definition = parent instanceof GraphQLFieldsContainer container
        ? container.getFieldDefinition(field.getName()) : null;
    boolean capture;
    if (definition == null) {
      capture = isOpaque(parent);
    } else {
      GraphQLNamedType type = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(definition.getType());
      capture = field.getSelectionSet() != null && (isOpaque(type) || hasNoImplementation(type)
          || holdsUnknownTypeCondition(field.getSelectionSet(), 0));
    }
    if (!capture) {
      if (definition == null) {
        return field;
      }
      field = withDocumentedArguments(field, definition, ((GraphQLNamedType) parent).getName());
      if (field.getSelectionSet() == null) {
        return field;
      }
      GraphQLType type = GraphQLTypeUtil.unwrapAll(definition.getType());
      if (!(type instanceof GraphQLCompositeType composite)) {
        return field;
      }
      List<String> childPath = append(path, key);
      SelectionSet inner = selections(field.getSelectionSet(), composite, childPath, record, depth);
      return field.transform(builder -> builder.selectionSet(inner));
    }
    if (record) {
      captures.add(new CapturedField(operationName, append(path, key), field, definition,
          ((GraphQLNamedType) parent).getName(), Map.of()));
    }
    return Field.newField(TYPENAME).alias(key).build();
  }

  /**
   * The field without the arguments its definition does not have: the reference shows the
   * arguments of query fields only, and real clients pass more (a page size, a filter).
   */
  private Field withDocumentedArguments(Field field, GraphQLFieldDefinition definition,
      String parentType) {
    List<graphql.language.Argument> kept = new ArrayList<>();
    for (graphql.language.Argument argument : field.getArguments()) {
      if (definition.getArgument(argument.getName()) != null) {
        kept.add(argument);
      } else {
        ignoredArguments.add(parentType + "." + field.getName() + "(" + argument.getName() + ")");
      }
    }
    if (kept.size() == field.getArguments().size()) {
      return field;
    }
    return field.transform(builder -> builder.arguments(kept));
  }

  private boolean holdsUnknownTypeCondition(SelectionSet selectionSet, int depth) {
    for (Selection<?> selection : selectionSet.getSelections()) {
      if (selection instanceof InlineFragment inline && inline.getTypeCondition() != null
          && schema.getType(inline.getTypeCondition().getName()) == null) {
        return true;
      }
      if (selection instanceof FragmentSpread spread && depth < MAX_FRAGMENT_DEPTH) {
        FragmentDefinition fragment = fragments.get(spread.getName());
        if (fragment != null && (schema.getType(fragment.getTypeCondition().getName()) == null
            || holdsUnknownTypeCondition(fragment.getSelectionSet(), depth + 1))) {
          return true;
        }
      }
    }
    return false;
  }

  private @Nullable GraphQLCompositeType compositeOrNull(String name) {
    return schema.getType(name) instanceof GraphQLCompositeType composite ? composite : null;
  }

  static boolean isOpaque(GraphQLType type) {
    return type instanceof GraphQLFieldsContainer container
        && container.getFieldDefinition(OPAQUE_MARKER) != null;
  }

  private boolean hasNoImplementation(GraphQLNamedType type) {
    if (type instanceof GraphQLInterfaceType contract) {
      return schema.getImplementations(contract).isEmpty();
    }
    if (type instanceof GraphQLUnionType union) {
      return union.getTypes().isEmpty();
    }
    return false;
  }

  private static List<String> append(List<String> path, String key) {
    List<String> longer = new ArrayList<>(path.size() + 1);
    longer.addAll(path);
    longer.add(key);
    return List.copyOf(longer);
  }

  /** Type names of the inline fragments and fragments directly in a selection set. */
  static Set<String> typeConditions(SelectionSet selectionSet,
      Map<String, FragmentDefinition> fragments) {
    Set<String> names = new LinkedHashSet<>();
    for (Selection<?> selection : selectionSet.getSelections()) {
      if (selection instanceof InlineFragment inline && inline.getTypeCondition() != null) {
        names.add(inline.getTypeCondition().getName());
      } else if (selection instanceof FragmentSpread spread
          && fragments.containsKey(spread.getName())) {
        names.add(fragments.get(spread.getName()).getTypeCondition().getName());
      }
    }
    return names;
  }
}
