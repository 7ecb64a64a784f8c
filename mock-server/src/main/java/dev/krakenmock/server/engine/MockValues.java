package dev.krakenmock.server.engine;

import java.util.Optional;

/**
 * What the data fetchers pass down as sources: the objects of the generated entity graph. An
 * object's identity names the entity ({@code AccountType#number=A-1F2E3D4C}) or, for an object
 * with no natural key, its place ({@code …/address}); every value of the object derives from it.
 */
final class MockValues {

  private MockValues() {}

  /** An object of a concrete type. */
  record MockObject(String typeName, String identity, Optional<KeyedField> key) {}

  /** The natural key of an entity: the field that holds it and its value. */
  record KeyedField(String field, String value) {}

  /** A page of a connection. */
  record MockConnection(String identity, String nodeType, ConnectionSlice slice) {}

  /** An edge of a connection page. */
  record MockEdge(String cursor, Object node) {}

  /** The {@code PageInfo} of a connection page. */
  record MockPageInfo(ConnectionSlice slice) {}
}
