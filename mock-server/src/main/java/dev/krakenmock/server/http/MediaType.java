package dev.krakenmock.server.http;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A media type or media range as written in {@code Content-Type} and {@code Accept}: {@code
 * type/subtype} followed by {@code ;name=value} parameters. Type, subtype and parameter names are
 * lower-cased, because HTTP compares them without regard to case.
 */
record MediaType(String type, String subtype, Map<String, String> parameters) {

  static final String WILDCARD = "*";

  MediaType {
    parameters = Map.copyOf(parameters);
  }

  /** Parses one media type; empty when {@code text} is not of the form {@code type/subtype}. */
  static Optional<MediaType> parse(@Nullable String text) {
    if (text == null) {
      return Optional.empty();
    }
    String[] parts = text.split(";", -1);
    String[] names = parts[0].trim().toLowerCase(Locale.ROOT).split("/", -1);
    if (names.length != 2 || !isToken(names[0]) || !isToken(names[1])) {
      return Optional.empty();
    }
    if (names[0].equals(WILDCARD) && !names[1].equals(WILDCARD)) {
      return Optional.empty();
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 1; i < parts.length; i++) {
      int equals = parts[i].indexOf('=');
      if (equals <= 0) {
        continue;
      }
      String name = parts[i].substring(0, equals).trim().toLowerCase(Locale.ROOT);
      parameters.putIfAbsent(name, unquote(parts[i].substring(equals + 1).trim()));
    }
    return Optional.of(new MediaType(names[0], names[1], parameters));
  }

  boolean is(String expectedType, String expectedSubtype) {
    return type.equals(expectedType) && subtype.equals(expectedSubtype);
  }

  @Nullable String parameter(String name) {
    return parameters.get(name);
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }

  private static boolean isToken(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean allowed =
          (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!allowed) {
        return false;
      }
    }
    return true;
  }
}
