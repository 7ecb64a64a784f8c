package dev.krakenmock.schema.inference;

import java.util.Locale;
import java.util.Optional;

/**
 * The naming conventions of Kraken's (graphene-based) schema that the inference relies on: a
 * fragment is named after its type, and a Relay connection {@code XConnection} has the edge type
 * {@code XEdge}; {@code XConnectionTypeConnection} holds nodes of {@code XType}, and {@code
 * XConnection} nodes of {@code X}.
 */
final class NamingConventions {

  static final String CONNECTION = "Connection";
  static final String PAGE_INFO = "PageInfo";
  private static final String FRAGMENT = "Fragment";
  private static final String CONNECTION_TYPE_CONNECTION = "ConnectionTypeConnection";
  private static final String INTERFACE = "Interface";

  private NamingConventions() {}

  /** The type a fragment is named after: {@code RichAddressTypeFragment} is on RichAddressType. */
  static Optional<String> fragmentType(String fragmentName) {
    if (!fragmentName.endsWith(FRAGMENT) || fragmentName.length() == FRAGMENT.length()) {
      return Optional.empty();
    }
    return Optional.of(fragmentName.substring(0, fragmentName.length() - FRAGMENT.length()));
  }

  static boolean isConnection(String typeName) {
    return typeName.endsWith(CONNECTION) && typeName.length() > CONNECTION.length();
  }

  static boolean isInterfaceName(String typeName) {
    return typeName.endsWith(INTERFACE) && typeName.length() > INTERFACE.length();
  }

  static String edgeOf(String connection) {
    return connection.substring(0, connection.length() - CONNECTION.length()) + "Edge";
  }

  static String nodeOf(String connection) {
    if (connection.endsWith(CONNECTION_TYPE_CONNECTION)
        && connection.length() > CONNECTION_TYPE_CONNECTION.length()) {
      return connection.substring(0, connection.length() - CONNECTION_TYPE_CONNECTION.length())
          + "Type";
    }
    return connection.substring(0, connection.length() - CONNECTION.length());
  }

  /** A name for a type the reference shows without naming: {@code Contract} + {@code party}. */
  static String inferredName(String parentType, String fieldName) {
    return parentType + fieldName.substring(0, 1).toUpperCase(Locale.ROOT) + fieldName.substring(1);
  }
}
