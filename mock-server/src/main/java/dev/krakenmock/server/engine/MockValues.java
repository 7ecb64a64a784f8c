package dev.krakenmock.server.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the data fetchers pass down as sources: the objects of the generated entity graph. An
 * object's identity names the entity ({@code AccountType#number=A-1F2E3D4C}) or, for an object
 * with no natural key, its place ({@code …/address}); every value of the object derives from it.
 */
final class MockValues {

  private MockValues() {}

  /**
   * An object of a concrete type, with the values fixed by how it was reached: its natural key,
   * the arguments of the root field that named it ({@code account(accountNumber: "A-1")} has
   * {@code number: "A-1"}), and the partial data of fixtures (nested objects as maps, lists as
   * lists, and null for a field pinned to null).
   */
  record MockObject(String typeName, String identity, Map<String, @Nullable Object> fixed) {
    MockObject {
      fixed = fixed.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
    }

    static MockObject unkeyed(String typeName, String identity) {
      return new MockObject(typeName, identity, Map.of());
    }
  }

  /**
   * A page of a connection; {@code nodes} holds a fixture's partial nodes, which then are the
   * whole connection.
   */
  record MockConnection(String identity, String nodeType, ConnectionSlice slice,
      @Nullable List<?> nodes) {}

  /** An edge of a connection page. */
  record MockEdge(String cursor, Object node) {}

  /** The {@code PageInfo} of a connection page. */
  record MockPageInfo(ConnectionSlice slice) {}
}
