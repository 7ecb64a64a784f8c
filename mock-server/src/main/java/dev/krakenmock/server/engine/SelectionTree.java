package dev.krakenmock.server.engine;

import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fields an operation selects, before anything runs: merged by response key as execution
 * merges them, fragments followed, {@code @skip} and {@code @include} applied, variables (and
 * their defaults) resolved. It is read from the client's document, so fields the schema does not
 * know (lenient mode) are kept, without a definition. Introspection fields are left out: tools
 * must be able to read the schema whatever the limits. What the limits measure ({@link
 * QueryComplexity}, {@link NodeLimit}) is computed from this tree.
 */
final class SelectionTree {

  /**
   * The most fields walked. A document can make fragments expand exponentially; past this many
   * fields the tree is cut short and marked, and the node limit rejects it.
   */
  static final int MAX_FIELDS = 100_000;

  private static final int MAX_DEPTH = 64;

  private final List<Node> roots;
  private final boolean truncated;

  private SelectionTree(List<Node> roots, boolean truncated) {
    this.roots = List.copyOf(roots);
    this.truncated = truncated;
  }

  /**
   * One selected field.
   *
   * @param responseKey the alias, else the name
   * @param name the field's name
   * @param definition the field's definition; null when the schema does not know it
   * @param arguments the arguments as plain values, variables resolved
   * @param children the fields selected below it, merged
   */
  record Node(String responseKey, String name, @Nullable GraphQLFieldDefinition definition,
      Map<String, @Nullable Object> arguments, List<Node> children) {

    Node {
      arguments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
      children = List.copyOf(children);
    }

    /** Whether the field is a Relay connection (it has {@code edges} and {@code pageInfo}). */
    boolean isConnection() {
      return definition != null
          && EntityGraph.isConnection(GraphQLTypeUtil.unwrapAll(definition.getType()));
    }

    /** Whether the field's value is an object (or a list of them), not a scalar or enum. */
    boolean isComposite() {
      if (definition == null) {
        return !children.isEmpty();
      }
      return GraphQLTypeUtil.unwrapAll(definition.getType()) instanceof GraphQLCompositeType;
    }

    /** How many lists the field's type nests: 0 for an object, 1 for a list, 2 for a matrix. */
    int listDepth() {
      if (definition == null) {
        return 0;
      }
      int depth = 0;
      GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
      while (type instanceof GraphQLList list) {
        depth++;
        type = GraphQLTypeUtil.unwrapNonNull(list.getWrappedType());
      }
      return depth;
    }

    /**
     * The page a connection asks for: {@code first} or {@code last} (the smaller when both are
     * given, as graphql-relay applies both), else {@code defaultSize}. Sizes are kept between 0
     * and {@link Integer#MAX_VALUE}, so that products of two sizes cannot overflow.
     */
    long pageSize(int defaultSize) {
      Long first = whole(arguments.get("first"));
      Long last = whole(arguments.get("last"));
      if (first == null && last == null) {
        return defaultSize;
      }
      long size = Math.min(first == null ? Long.MAX_VALUE : first,
          last == null ? Long.MAX_VALUE : last);
      return Math.max(0, Math.min(size, Integer.MAX_VALUE));
    }

    private static @Nullable Long whole(@Nullable Object value) {
      return value instanceof Number number ? number.longValue() : null;
    }
  }

  /** The tree of a document's selected operation; empty when there is no such operation. */
  static SelectionTree of(GraphQLSchema schema, Document document,
      @Nullable String operationName, Map<String, ? extends @Nullable Object> variables) {
    @Nullable OperationDefinition operation = selected(document, operationName);
    if (operation == null) {
      return new SelectionTree(List.of(), false);
    }
    @Nullable GraphQLCompositeType root = switch (operation.getOperation()) {
      case QUERY -> schema.getQueryType();
      case MUTATION -> schema.getMutationType();
      case SUBSCRIPTION -> schema.getSubscriptionType();
    };
    Walker walker = new Walker(schema, document, withDefaults(operation, variables));
    List<Node> roots = walker.nodes(List.of(new Scoped(operation.getSelectionSet(), root)), 0);
    return new SelectionTree(roots, walker.visited > MAX_FIELDS);
  }

  /** The root fields, in the order they were first selected. */
  List<Node> roots() {
    return roots;
  }

  /** Whether the document selects more than {@link #MAX_FIELDS} fields and was cut short. */
  boolean truncated() {
    return truncated;
  }

  /** The operation that runs: the named one, else the only one. */
  static @Nullable OperationDefinition selected(Document document,
      @Nullable String operationName) {
    List<OperationDefinition> operations =
        document.getDefinitionsOfType(OperationDefinition.class);
    if (operationName == null || operationName.isEmpty()) {
      return operations.size() == 1 ? operations.get(0) : null;
    }
    for (OperationDefinition operation : operations) {
      if (operationName.equals(operation.getName())) {
        return operation;
      }
    }
    return null;
  }

  private static Map<String, @Nullable Object> withDefaults(OperationDefinition operation,
      Map<String, ? extends @Nullable Object> variables) {
    Map<String, @Nullable Object> resolved = new HashMap<>(variables);
    for (VariableDefinition definition : operation.getVariableDefinitions()) {
      if (!resolved.containsKey(definition.getName()) && definition.getDefaultValue() != null) {
        resolved.put(definition.getName(),
            ArgumentValues.value(definition.getDefaultValue(), Map.of()));
      }
    }
    return resolved;
  }

  /** A selection set and the type it selects on (null when the schema does not know it). */
  private record Scoped(SelectionSet selectionSet, @Nullable GraphQLCompositeType type) {}

  /** The fields of one response key, as they appear in the selections being merged. */
  private record Occurrence(Field field, @Nullable GraphQLFieldDefinition definition) {}

  private static final class Walker {
    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, @Nullable Object> variables;
    private int visited;

    Walker(GraphQLSchema schema, Document document, Map<String, @Nullable Object> variables) {
      this.schema = schema;
      this.variables = variables;
      for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
        fragments.putIfAbsent(fragment.getName(), fragment);
      }
    }

    List<Node> nodes(List<Scoped> scopes, int depth) {
      Map<String, List<Occurrence>> byKey = new LinkedHashMap<>();
      for (Scoped scope : scopes) {
        gather(scope.selectionSet(), scope.type(), byKey, new HashSet<>());
      }
      List<Node> nodes = new ArrayList<>(byKey.size());
      for (Map.Entry<String, List<Occurrence>> entry : byKey.entrySet()) {
        if (++visited > MAX_FIELDS) {
          return nodes;
        }
        nodes.add(node(entry.getKey(), entry.getValue(), depth));
      }
      return nodes;
    }

    private Node node(String key, List<Occurrence> occurrences, int depth) {
      Occurrence first = occurrences.get(0);
      @Nullable GraphQLFieldDefinition definition = occurrences.stream()
          .map(Occurrence::definition).filter(Objects::nonNull).findFirst().orElse(null);
      List<Scoped> below = new ArrayList<>();
      for (Occurrence occurrence : occurrences) {
        SelectionSet selectionSet = occurrence.field().getSelectionSet();
        if (selectionSet == null) {
          continue;
        }
        @Nullable GraphQLCompositeType type = occurrence.definition() != null
            && GraphQLTypeUtil.unwrapAll(occurrence.definition().getType())
                instanceof GraphQLCompositeType composite ? composite : null;
        below.add(new Scoped(selectionSet, type));
      }
      List<Node> children = below.isEmpty() || depth >= MAX_DEPTH ? List.of()
          : nodes(below, depth + 1);
      return new Node(key, first.field().getName(), definition,
          ArgumentValues.of(first.field(), variables), children);
    }

    private void gather(SelectionSet selectionSet, @Nullable GraphQLCompositeType type,
        Map<String, List<Occurrence>> byKey, Set<String> spreading) {
      for (Selection<?> selection : selectionSet.getSelections()) {
        if (skipped(selection)) {
          continue;
        }
        if (selection instanceof Field field) {
          if (field.getName().startsWith("__")) {
            continue;
          }
          String key = field.getAlias() != null ? field.getAlias() : field.getName();
          @Nullable GraphQLFieldDefinition definition =
              type instanceof GraphQLFieldsContainer container
                  ? container.getFieldDefinition(field.getName()) : null;
          byKey.computeIfAbsent(key, k -> new ArrayList<>())
              .add(new Occurrence(field, definition));
        } else if (selection instanceof InlineFragment inline) {
          @Nullable GraphQLCompositeType condition = inline.getTypeCondition() == null ? type
              : composite(inline.getTypeCondition().getName());
          gather(inline.getSelectionSet(), condition, byKey, spreading);
        } else if (selection instanceof FragmentSpread spread) {
          @Nullable FragmentDefinition fragment = fragments.get(spread.getName());
          // A fragment that spreads itself is invalid; validation reports it, the walk stops.
          if (fragment != null && spreading.add(spread.getName())) {
            gather(fragment.getSelectionSet(),
                composite(fragment.getTypeCondition().getName()), byKey, spreading);
            spreading.remove(spread.getName());
          }
        }
      }
    }

    private @Nullable GraphQLCompositeType composite(String typeName) {
      return schema.getType(typeName) instanceof GraphQLCompositeType composite ? composite : null;
    }

    private boolean skipped(Selection<?> selection) {
      if (!(selection instanceof DirectivesContainer<?> container)) {
        return false;
      }
      return condition(container.getDirectives("skip"), true)
          || condition(container.getDirectives("include"), false);
    }

    private boolean condition(List<Directive> directives, boolean skipWhen) {
      for (Directive directive : directives) {
        if (directive.getArgument("if") != null
            && Boolean.valueOf(skipWhen).equals(
                ArgumentValues.value(directive.getArgument("if").getValue(), variables))) {
          return true;
        }
      }
      return false;
    }
  }
}
