package dev.krakenmock.server.record;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The outline of a GraphQL document: each operation's name and root field names (not aliases),
 * read from the document's tokens alone, since graphql-java belongs to the engine. Enough to name
 * a recording and to recognise a login.
 *
 * @param operations the document's operations, in document order
 */
record OperationOutline(List<Operation> operations) {

  /**
   * One operation.
   *
   * @param name its name; null for an anonymous operation
   * @param rootFields the schema names of its root fields, fragments spread at the root included
   */
  record Operation(@Nullable String name, List<String> rootFields) {}

  OperationOutline {
    operations = List.copyOf(operations);
  }

  /** The outline of {@code document}; empty when it is not a readable executable document. */
  static Optional<OperationOutline> of(String document) {
    List<String> tokens = Tokens.of(document);
    if (tokens == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(new Reader(tokens).document());
  }

  /**
   * The operation a request with {@code operationName} runs: the one of that name, or the only
   * one when the name is null.
   */
  Optional<Operation> select(@Nullable String operationName) {
    if (operationName == null) {
      return operations.size() == 1 ? Optional.of(operations.get(0)) : Optional.empty();
    }
    return operations.stream().filter(o -> operationName.equals(o.name())).findFirst();
  }

  /** Reads definitions; every method returns the index after what it read, or -1 on failure. */
  private static final class Reader {
    private final List<String> tokens;
    private final Map<String, List<String>> fragmentFields = new HashMap<>();
    private final Map<String, List<String>> fragmentSpreads = new HashMap<>();

    Reader(List<String> tokens) {
      this.tokens = tokens;
    }

    @Nullable OperationOutline document() {
      List<String> names = new ArrayList<>();
      List<List<String>> fields = new ArrayList<>();
      List<List<String>> spreads = new ArrayList<>();
      int index = 0;
      while (index < tokens.size()) {
        String token = tokens.get(index);
        List<String> ownFields = new ArrayList<>();
        List<String> ownSpreads = new ArrayList<>();
        if (token.equals("{")) {
          index = selectionSet(index, ownFields, ownSpreads);
          names.add(null);
        } else if (token.equals("query") || token.equals("mutation")
            || token.equals("subscription")) {
          index++;
          String name = isName(index) && !at(index, "{") ? tokens.get(index++) : null;
          index = header(index);
          index = selectionSet(index, ownFields, ownSpreads);
          names.add(name);
        } else if (token.equals("fragment") && isName(index + 1) && at(index + 2, "on")) {
          String name = tokens.get(index + 1);
          index = selectionSet(header(index + 4), ownFields, ownSpreads);
          fragmentFields.put(name, ownFields);
          fragmentSpreads.put(name, ownSpreads);
          continue;
        } else {
          return null;
        }
        if (index < 0) {
          return null;
        }
        fields.add(ownFields);
        spreads.add(ownSpreads);
      }
      List<Operation> operations = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        Set<String> roots = new LinkedHashSet<>(fields.get(i));
        spreads.get(i).forEach(spread -> addFragment(spread, roots, new java.util.HashSet<>()));
        operations.add(new Operation(names.get(i), List.copyOf(roots)));
      }
      return new OperationOutline(operations);
    }

    private void addFragment(String name, Set<String> roots, Set<String> seen) {
      if (!seen.add(name)) {
        return;
      }
      roots.addAll(fragmentFields.getOrDefault(name, List.of()));
      fragmentSpreads.getOrDefault(name, List.of())
          .forEach(spread -> addFragment(spread, roots, seen));
    }

    /** Skips variable definitions and directives up to the selection set. */
    private int header(int from) {
      int index = from;
      while (index >= 0 && index < tokens.size() && !at(index, "{")) {
        index = at(index, "(") || at(index, "[") ? skipGroup(index) : index + 1;
      }
      return index;
    }

    private int selectionSet(int from, List<String> fields, List<String> spreads) {
      if (from < 0 || !at(from, "{")) {
        return -1;
      }
      int index = from + 1;
      while (index >= 0 && index < tokens.size() && !at(index, "}")) {
        if (at(index, "...")) {
          index++;
          if (isName(index) && !at(index, "on")) {
            spreads.add(tokens.get(index));
            index = directives(index + 1);
            continue;
          }
          if (at(index, "on")) {
            index += 2;
          }
          index = selectionSet(directives(index), fields, spreads);
          continue;
        }
        if (!isName(index)) {
          return -1;
        }
        String name = tokens.get(index++);
        if (at(index, ":")) {
          if (!isName(index + 1)) {
            return -1;
          }
          name = tokens.get(index + 1);
          index += 2;
        }
        fields.add(name);
        if (at(index, "(")) {
          index = skipGroup(index);
        }
        index = directives(index);
        if (at(index, "{")) {
          index = skipGroup(index);
        }
      }
      return index >= 0 && index < tokens.size() ? index + 1 : -1;
    }

    private int directives(int from) {
      int index = from;
      while (index >= 0 && at(index, "@") && isName(index + 1)) {
        index += 2;
        if (at(index, "(")) {
          index = skipGroup(index);
        }
      }
      return index;
    }

    /** The index after the bracket closing the one at {@code start}; -1 when none does. */
    private int skipGroup(int start) {
      int depth = 0;
      for (int index = start; index < tokens.size(); index++) {
        String token = tokens.get(index);
        if (token.equals("{") || token.equals("(") || token.equals("[")) {
          depth++;
        } else if (token.equals("}") || token.equals(")") || token.equals("]")) {
          depth--;
          if (depth == 0) {
            return index + 1;
          }
        }
      }
      return -1;
    }

    private boolean at(int index, String text) {
      return index >= 0 && index < tokens.size() && tokens.get(index).equals(text);
    }

    private boolean isName(int index) {
      if (index < 0 || index >= tokens.size()) {
        return false;
      }
      char first = tokens.get(index).charAt(0);
      return first == '_' || first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z';
    }
  }

  /**
   * The lexical tokens of a document as text: names, punctuators, numbers; strings become a
   * single {@code "} token, so that braces inside them count for nothing.
   */
  private static final class Tokens {
    private static final String PUNCTUATORS = "!$&()[]{}:=@|";

    private Tokens() {}

    static @Nullable List<String> of(String document) {
      List<String> tokens = new ArrayList<>();
      int i = 0;
      int length = document.length();
      while (i < length) {
        char c = document.charAt(i);
        if (c == '#') {
          while (i < length && document.charAt(i) != '\n' && document.charAt(i) != '\r') {
            i++;
          }
        } else if (Character.isWhitespace(c) || c == ',' || c == '\uFEFF') {
          i++;
        } else if (document.startsWith("...", i)) {
          tokens.add("...");
          i += 3;
        } else if (PUNCTUATORS.indexOf(c) >= 0) {
          tokens.add(String.valueOf(c));
          i++;
        } else if (c == '"') {
          i = document.startsWith("\"\"\"", i)
              ? blockStringEnd(document, i)
              : stringEnd(document, i);
          if (i < 0) {
            return null;
          }
          tokens.add("\"");
        } else if (c == '_' || isAsciiLetter(c)) {
          int start = i++;
          while (i < length && (document.charAt(i) == '_' || isAsciiLetter(document.charAt(i))
              || isDigit(document.charAt(i)))) {
            i++;
          }
          tokens.add(document.substring(start, i));
        } else if (c == '-' || isDigit(c)) {
          int start = i++;
          while (i < length && isNumberPart(document.charAt(i))
              && !document.startsWith("...", i)) {
            i++;
          }
          tokens.add(document.substring(start, i));
        } else {
          return null;
        }
      }
      return tokens;
    }

    private static boolean isAsciiLetter(char c) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isNumberPart(char c) {
      return isDigit(c) || ".eE+-".indexOf(c) >= 0;
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    private static int stringEnd(String document, int start) {
      for (int i = start + 1; i < document.length(); i++) {
        char c = document.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          return i + 1;
        } else if (c == '\n' || c == '\r') {
          return -1;
        }
      }
      return -1;
    }

    private static int blockStringEnd(String document, int start) {
      int i = start + 3;
      while (i < document.length()) {
        if (document.startsWith("\\\"\"\"", i)) {
          i += 4;
        } else if (document.startsWith("\"\"\"", i)) {
          return i + 3;
        } else {
          i++;
        }
      }
      return -1;
    }
  }
}
