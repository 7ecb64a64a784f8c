package dev.krakenmock.server.engine;

import dev.krakenmock.server.engine.SelectionTree.Node;
import java.util.Optional;

/**
 * Kraken's limit on the nodes one request may return (10,000, KT-CT-1189), estimated before the
 * request runs: every object in the response counts, and sizes multiply down the tree.
 *
 * <ul>
 *   <li>a field holding an object counts once per occurrence of its parent;
 *   <li>a list of objects counts the server's list size per occurrence (squared for a list of
 *       lists), except the lists of a connection ({@code edges}, {@code nodes}), which count its
 *       page: {@code first} or {@code last}, else the server's connection size;
 *   <li>scalars and enums do not count; a field the schema does not know counts as one object when
 *       it has a selection.
 * </ul>
 *
 * <p>So {@code bills(first: 10) { edges { node { id } } }} counts 1 + 10 + 10 = 21 nodes.
 */
final class NodeLimit {

  /** Kraken's limit per request. */
  static final int DEFAULT_LIMIT = 10_000;

  static final String TOO_MANY_NODES = "KT-CT-1189";

  private final int listSize;
  private final int defaultPageSize;
  private final int limit;

  /**
   * @param listSize the length of the server's generated lists
   * @param defaultPageSize the page of a connection asked without {@code first} or {@code last}
   * @param limit the most nodes a request may return
   */
  NodeLimit(int listSize, int defaultPageSize, int limit) {
    this.listSize = listSize;
    this.defaultPageSize = defaultPageSize;
    this.limit = limit;
  }

  /** The estimated number of nodes; {@link Long#MAX_VALUE} for a tree that was cut short. */
  long of(SelectionTree tree) {
    if (tree.truncated()) {
      return Long.MAX_VALUE;
    }
    long total = 0;
    for (Node root : tree.roots()) {
      total = saturated(total + count(root, 1, -1));
    }
    return total;
  }

  /** KT-CT-1189 when the request would return more nodes than the limit. */
  Optional<RaisedError> check(SelectionTree tree) {
    return of(tree) > limit ? Optional.of(RaisedError.of(TOO_MANY_NODES)) : Optional.empty();
  }

  /**
   * The nodes of a field and everything below it.
   *
   * @param occurrences how many times the field's parent occurs in the response
   * @param page the page size of the parent when it is a connection, else -1
   */
  private long count(Node node, long occurrences, long page) {
    if (!node.isComposite()) {
      return 0;
    }
    long here = occurrences;
    int lists = node.listDepth();
    if (lists > 0 && page >= 0) {
      here = saturated(here * page);
      lists--;
    }
    for (int i = 0; i < lists; i++) {
      here = saturated(here * listSize);
    }
    long childPage = node.isConnection() ? node.pageSize(defaultPageSize) : -1;
    long total = here;
    for (Node child : node.children()) {
      total = saturated(total + count(child, here, childPage));
    }
    return total;
  }

  private static long saturated(long value) {
    return value < 0 || value > Integer.MAX_VALUE ? Integer.MAX_VALUE : value;
  }
}
