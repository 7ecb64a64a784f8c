package dev.krakenmock.schema.contract;

import java.util.Objects;

/**
 * A GraphQL type reference as written in the reference: a named type, wrapped in any number of
 * list and non-null modifiers ({@code [AccountType!]!}).
 */
public sealed interface TypeRef {

  /** The innermost named type. */
  String name();

  /** Whether a list wraps the named type, at any depth. */
  boolean isList();

  /** Whether the outermost modifier is non-null. */
  default boolean isNonNull() {
    return this instanceof NonNull;
  }

  /** The type without its outermost non-null modifier. */
  default TypeRef nullable() {
    return this instanceof NonNull nonNull ? nonNull.ofType() : this;
  }

  /** Parses GraphQL type notation such as {@code [String!]!}. */
  static TypeRef parse(String text) {
    String trimmed = text.strip();
    if (trimmed.endsWith("!")) {
      return new NonNull(parse(trimmed.substring(0, trimmed.length() - 1)));
    }
    if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
      return new ListOf(parse(trimmed.substring(1, trimmed.length() - 1)));
    }
    if (!isName(trimmed)) {
      throw new IllegalArgumentException("Not a GraphQL type: '" + text + "'");
    }
    return new Named(trimmed);
  }

  /** Whether {@code text} is a GraphQL name: {@code [_A-Za-z][_0-9A-Za-z]*}. */
  private static boolean isName(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean letter = c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /** A named type. */
  record Named(String name) implements TypeRef {
    public Named {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public boolean isList() {
      return false;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** A list of another type. */
  record ListOf(TypeRef ofType) implements TypeRef {
    @Override
    public String name() {
      return ofType.name();
    }

    @Override
    public boolean isList() {
      return true;
    }

    @Override
    public String toString() {
      return "[" + ofType + "]";
    }
  }

  /** A non-null wrapper of a named or list type. */
  record NonNull(TypeRef ofType) implements TypeRef {
    public NonNull {
      if (ofType instanceof NonNull) {
        throw new IllegalArgumentException("Non-null cannot wrap non-null: " + ofType);
      }
    }

    @Override
    public String name() {
      return ofType.name();
    }

    @Override
    public boolean isList() {
      return ofType.isList();
    }

    @Override
    public String toString() {
      return ofType + "!";
    }
  }
}
