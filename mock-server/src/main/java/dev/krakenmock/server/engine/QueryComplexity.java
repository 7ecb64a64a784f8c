package dev.krakenmock.server.engine;

import dev.krakenmock.schema.contract.ApiContract;
import dev.krakenmock.schema.contract.OperationSpec;
import dev.krakenmock.server.engine.SelectionTree.Node;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The complexity of a request, as Kraken charges it against the limit per request (KT-CT-1188)
 * and against the hourly points allowance, and as {@code queryComplexity} reports it.
 *
 * <p>Kraken publishes each query field's complexity and says connections cost by their page size,
 * but not its exact formula, so this is an approximation:
 *
 * <ul>
 *   <li>a root field costs its documented complexity (1 when the reference gives none), times its
 *       page size when it is a connection;
 *   <li>a connection below it costs its page size times the page sizes of the connections it is
 *       nested in (it is resolved once per node of each);
 *   <li>other fields cost nothing, and lists do not multiply (their length is not known before
 *       the query runs).
 * </ul>
 *
 * <p>A page size is {@code first} or {@code last} (the smaller when both are given), else the
 * default page size. For example {@code viewer { accounts { bills(first: 10) { edges { node {
 * transactions(first: 20) { ... } } } } } }} costs 1 + 10 + 10 × 20 = 211.
 */
final class QueryComplexity {

  /** Kraken's limit per request. */
  static final int DEFAULT_LIMIT = 200;

  static final String TOO_COMPLEX = "KT-CT-1188";

  private static final int UNDOCUMENTED_COMPLEXITY = 1;

  private final Map<String, Integer> documented = new HashMap<>();
  private final int defaultPageSize;
  private final int limit;

  /**
   * @param contract where each query field's complexity is documented
   * @param defaultPageSize the page size of a connection asked without {@code first} or {@code
   *     last}: the server's connection size
   * @param limit the most a request may cost
   */
  QueryComplexity(ApiContract contract, int defaultPageSize, int limit) {
    for (OperationSpec operation : contract.operations()) {
      operation.complexity().ifPresent(value -> documented.put(operation.name(), value));
    }
    this.defaultPageSize = defaultPageSize;
    this.limit = limit;
  }

  /** The request's complexity; at most {@link Integer#MAX_VALUE}. */
  int of(SelectionTree tree) {
    long total = 0;
    for (Node root : tree.roots()) {
      long multiplier = root.isConnection() ? root.pageSize(defaultPageSize) : 1;
      long own = (long) documented.getOrDefault(root.name(), UNDOCUMENTED_COMPLEXITY) * multiplier;
      total = saturated(total + own + below(root, multiplier));
    }
    return (int) total;
  }

  /** KT-CT-1188 when the request costs more than the limit: the whole request is refused. */
  Optional<RaisedError> check(SelectionTree tree) {
    return of(tree) > limit ? Optional.of(RaisedError.of(TOO_COMPLEX)) : Optional.empty();
  }

  int limit() {
    return limit;
  }

  private long below(Node parent, long multiplier) {
    long total = 0;
    for (Node child : parent.children()) {
      long inner = multiplier;
      if (child.isConnection()) {
        inner = saturated(multiplier * child.pageSize(defaultPageSize));
        total = saturated(total + inner);
      }
      total = saturated(total + below(child, inner));
    }
    return total;
  }

  private static long saturated(long value) {
    return value < 0 || value > Integer.MAX_VALUE ? Integer.MAX_VALUE : value;
  }
}
