package dev.krakenmock.server.engine;

import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.VariableReference;
import graphql.schema.GraphQLSchema;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What a request's selection costs under Kraken's limits: its complexity, and the limit that
 * refuses it, if any. Working it out walks the whole selection, so each result is kept for its
 * document, operation and the values of the few variables that can change it: those given to
 * {@code first}, {@code last} (page sizes) and {@code if} ({@code @skip}, {@code @include}).
 * Requests that differ in any other variable, such as a new account number each time, share one
 * result.
 */
final class SelectionCosts {

  /** How many results are kept before the oldest are forgotten (all at once, for simplicity). */
  static final int KEPT = 2_000;

  private static final Set<String> SHAPING_ARGUMENTS = Set.of("first", "last", "if");

  private final GraphQLSchema schema;
  private final QueryComplexity complexity;
  private final NodeLimit nodeLimit;
  private final Map<Key, Cost> costs = new ConcurrentHashMap<>();
  private final Map<Document, Set<String>> shapingVariables = new ConcurrentHashMap<>();

  SelectionCosts(GraphQLSchema schema, QueryComplexity complexity, NodeLimit nodeLimit) {
    this.schema = schema;
    this.complexity = complexity;
    this.nodeLimit = nodeLimit;
  }

  /**
   * The request's cost.
   *
   * @param refusal KT-CT-1188 when it is too complex, else KT-CT-1189 when it would return too
   *     many nodes, else empty
   */
  record Cost(int complexity, Optional<RaisedError> refusal) {}

  private record Key(Document document, @Nullable String operationName,
      Map<String, @Nullable Object> shapingValues) {}

  /** The cost of running {@code operationName} of {@code document} with {@code variables}. */
  Cost of(Document document, @Nullable String operationName,
      Map<String, ? extends @Nullable Object> variables) {
    if (shapingVariables.size() >= KEPT) {
      shapingVariables.clear();
    }
    Set<String> shaping = shapingVariables.computeIfAbsent(document,
        SelectionCosts::shapingVariablesOf);
    Map<String, @Nullable Object> values = new HashMap<>();
    for (String name : shaping) {
      if (variables.containsKey(name)) {
        values.put(name, variables.get(name));
      }
    }
    Key key = new Key(document, operationName, values);
    Cost known = costs.get(key);
    if (known != null) {
      return known;
    }
    SelectionTree tree = SelectionTree.of(schema, document, operationName, variables);
    Cost cost = new Cost(complexity.of(tree),
        complexity.check(tree).or(() -> nodeLimit.check(tree)));
    if (costs.size() >= KEPT) {
      costs.clear();
    }
    costs.put(key, cost);
    return cost;
  }

  /** The variables a document passes to {@code first}, {@code last} or {@code if} anywhere. */
  static Set<String> shapingVariablesOf(Document document) {
    Set<String> names = new HashSet<>();
    collect(document, false, names);
    return Set.copyOf(names);
  }

  private static void collect(Node<?> node, boolean shaping, Set<String> names) {
    if (shaping && node instanceof VariableReference variable) {
      names.add(variable.getName());
      return;
    }
    boolean below = shaping
        || node instanceof Argument argument && SHAPING_ARGUMENTS.contains(argument.getName());
    for (Node<?> child : node.getChildren()) {
      collect(child, below, names);
    }
  }
}
