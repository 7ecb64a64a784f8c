package dev.krakenmock.server.engine;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * The page of a Relay connection that {@code first}, {@code last}, {@code after} and {@code
 * before} select, computed as graphql-relay (and so graphene, and so Kraken) does: cursors are
 * {@code base64("arrayconnection:" + offset)}, {@code after}/{@code before} narrow the window,
 * then {@code first} keeps its start and {@code last} its end.
 *
 * @param total the number of nodes in the whole connection
 * @param start the offset of the page's first node
 * @param end the offset after the page's last node
 * @param hasPreviousPage whether {@code last} cut nodes off the start of the window
 * @param hasNextPage whether {@code first} cut nodes off the end of the window
 */
record ConnectionSlice(int total, int start, int end, boolean hasPreviousPage,
    boolean hasNextPage) {

  private static final String PREFIX = "arrayconnection:";

  /**
   * The page for the arguments.
   *
   * @throws InvalidPaginationException when a count is negative or a cursor is not one of ours
   */
  static ConnectionSlice of(int total, @Nullable Integer first, @Nullable Integer last,
      @Nullable String after, @Nullable String before) {
    if (first != null && first < 0) {
      throw new InvalidPaginationException("first",
          "Argument 'first' must be a non-negative integer.");
    }
    if (last != null && last < 0) {
      throw new InvalidPaginationException("last",
          "Argument 'last' must be a non-negative integer.");
    }
    int lowerBound = after == null ? 0 : Math.min(offsetOf("after", after) + 1, total);
    int upperBound = before == null ? total
        : Math.max(Math.min(offsetOf("before", before), total), 0);
    int start = lowerBound;
    int end = Math.max(upperBound, start);
    if (first != null) {
      end = Math.min(end, start + first);
    }
    if (last != null) {
      start = Math.max(start, end - last);
    }
    return new ConnectionSlice(total, start, end,
        last != null && start > lowerBound,
        first != null && end < upperBound);
  }

  int size() {
    return end - start;
  }

  static String cursorOf(int offset) {
    return Base64.getEncoder()
        .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The offset a cursor names. Padding is read leniently, as graphene's Python decoder does: the
   * reference's own example cursor, {@code YXJyYXljb25uZWN0aW9uOjEw=}, has one {@code =} too many.
   */
  static int offsetOf(String argument, String cursor) {
    try {
      String unpadded = cursor.strip().replaceAll("=+$", "");
      String decoded = new String(Base64.getDecoder().decode(unpadded), StandardCharsets.UTF_8);
      if (!decoded.startsWith(PREFIX)) {
        throw new InvalidPaginationException(argument, "Invalid cursor '" + cursor + "'.");
      }
      int offset = Integer.parseInt(decoded.substring(PREFIX.length()));
      if (offset < 0) {
        throw new InvalidPaginationException(argument, "Invalid cursor '" + cursor + "'.");
      }
      return offset;
    } catch (InvalidPaginationException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new InvalidPaginationException(argument, "Invalid cursor '" + cursor + "'.");
    }
  }
}
