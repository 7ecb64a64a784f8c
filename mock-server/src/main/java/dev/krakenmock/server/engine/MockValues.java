package dev.krakenmock.server.engine;

import java.util.Map;

/**
 * What the data fetchers pass down as sources: the objects of the generated entity graph. An
 * object's identity names the entity ({@code AccountType#number=A-1F2E3D4C}) or, for an object
 * with no natural key, its place ({@code …/address}); every value of the object derives from it.
 */
final class MockValues {

  private MockValues() {}

  /**
   * An object of a concrete type, with the values fixed by how it was reached: its natural key,
   * and the arguments of the root field that named it ({@code account(accountNumber: "A-1")} has
   * {@code number: "A-1"}).
   */
  record MockObject(String typeName, String identity, Map<String, Object> fixed) {
    MockObject {
      fixed = Map.copyOf(fixed);
    }

    static MockObject unkeyed(String typeName, String identity) {
      return new MockObject(typeName, identity, Map.of());
    }
  }

  /** A page of a connection. */
  record MockConnection(String identity, String nodeType, ConnectionSlice slice) {}

  /** An edge of a connection page. */
  record MockEdge(String cursor, Object node) {}

  /** The {@code PageInfo} of a connection page. */
  record MockPageInfo(ConnectionSlice slice) {}
}
