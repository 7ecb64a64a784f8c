package dev.krakenmock.schema.contract;

/** Where what the schema says about a type comes from. */
public enum TypeOrigin {
  /** Its fields or values were seen in the reference's examples. */
  DOCUMENTED,
  /** The reference names it (a fragment, a placeholder) but shows none of its fields. */
  OPAQUE,
  /** Its fields follow the Relay connection convention (connections, edges, PageInfo). */
  RELAY_CONVENTION,
  /** One of the built-in or well-known custom scalars. */
  SCALAR
}
