package dev.krakenmock.server.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Tells which kind of operation a GraphQL document would run, without executing it, so that a
 * mutation sent with {@code GET} is refused before it runs, as GraphQL over HTTP requires.
 *
 * <p>It reads only the document's outline: the lexical tokens of the GraphQL language and, at the
 * top level, the operation keyword and name of each definition. Anything else stays the engine's
 * business, because graphql-java belongs to the engine. When the document cannot be read, names an
 * operation it does not contain, or holds several operations and no name picks one, the answer is
 * empty: the engine refuses such requests itself, without running anything.
 */
final class OperationTypeFinder {

  private static final String PUNCTUATORS = "!$&()...:=@[]{|}";
  private static final String OPENERS = "{([";
  private static final String CLOSERS = "})]";
  private static final String FRAGMENT = "fragment";

  private OperationTypeFinder() {}

  static Optional<OperationType> find(String document, @Nullable String operationName) {
    List<Token> tokens = Lexer.tokens(document);
    if (tokens == null) {
      return Optional.empty();
    }
    List<Operation> operations = outline(tokens);
    if (operations == null) {
      return Optional.empty();
    }
    if (operationName == null) {
      return operations.size() == 1 ? Optional.of(operations.get(0).type()) : Optional.empty();
    }
    return operations.stream()
        .filter(operation -> operationName.equals(operation.name()))
        .map(Operation::type)
        .findFirst();
  }

  /** The operations of an executable document; null when it is not one. */
  private static @Nullable List<Operation> outline(List<Token> tokens) {
    List<Operation> operations = new ArrayList<>();
    int index = 0;
    while (index < tokens.size()) {
      Token token = tokens.get(index);
      if (token.isPunctuator('{')) {
        operations.add(new Operation(OperationType.QUERY, null));
        index = skipGroup(tokens, index);
        continue;
      }
      OperationType type = token.operationKeyword();
      if (type == null && !token.isName(FRAGMENT)) {
        return null;
      }
      index++;
      String name =
          index < tokens.size() && tokens.get(index).kind() == Kind.NAME
              ? tokens.get(index).text()
              : null;
      index = skipGroup(tokens, findSelectionSet(tokens, index));
      if (type != null) {
        operations.add(new Operation(type, name));
      }
    }
    return index == tokens.size() ? operations : null;
  }

  /**
   * The index of the selection set that ends a definition's header, skipping variable definitions
   * and directive arguments, whose default values may hold braces; the size of {@code tokens} when
   * there is none.
   */
  private static int findSelectionSet(List<Token> tokens, int from) {
    int index = from;
    while (index < tokens.size()) {
      Token token = tokens.get(index);
      if (token.isPunctuator('{')) {
        return index;
      }
      if (token.isOpener()) {
        index = skipGroup(tokens, index);
      } else if (token.isCloser()) {
        return tokens.size();
      } else {
        index++;
      }
    }
    return tokens.size();
  }

  /**
   * The index after the bracket that closes the one at {@code start}; past the end (so that {@link
   * #outline} gives up) when brackets do not pair up.
   */
  private static int skipGroup(List<Token> tokens, int start) {
    if (start >= tokens.size()) {
      return tokens.size() + 1;
    }
    StringBuilder open = new StringBuilder();
    for (int index = start; index < tokens.size(); index++) {
      Token token = tokens.get(index);
      if (token.isOpener()) {
        open.append(token.text());
        continue;
      }
      if (!token.isCloser()) {
        continue;
      }
      if (!closesLast(open, token)) {
        return tokens.size() + 1;
      }
      open.setLength(open.length() - 1);
      if (open.length() == 0) {
        return index + 1;
      }
    }
    return tokens.size() + 1;
  }

  private static boolean closesLast(StringBuilder open, Token closer) {
    return open.length() > 0
        && OPENERS.indexOf(open.charAt(open.length() - 1)) == CLOSERS.indexOf(closer.text());
  }

  private record Operation(OperationType type, @Nullable String name) {}

  private enum Kind {
    NAME,
    PUNCTUATOR,
    VALUE
  }

  private record Token(Kind kind, String text) {

    boolean isPunctuator(char punctuator) {
      return kind == Kind.PUNCTUATOR && text.length() == 1 && text.charAt(0) == punctuator;
    }

    boolean isName(String name) {
      return kind == Kind.NAME && text.equals(name);
    }

    boolean isOpener() {
      return kind == Kind.PUNCTUATOR && text.length() == 1 && OPENERS.contains(text);
    }

    boolean isCloser() {
      return kind == Kind.PUNCTUATOR && text.length() == 1 && CLOSERS.contains(text);
    }

    @Nullable OperationType operationKeyword() {
      if (kind != Kind.NAME) {
        return null;
      }
      return switch (text) {
        case "query" -> OperationType.QUERY;
        case "mutation" -> OperationType.MUTATION;
        case "subscription" -> OperationType.SUBSCRIPTION;
        default -> null;
      };
    }
  }

  /** Splits source text into tokens as the GraphQL specification's lexical grammar does. */
  private static final class Lexer {

    private static final String BLOCK_QUOTE = "\"\"\"";
    private static final String ESCAPED_BLOCK_QUOTE = "\\\"\"\"";
    private static final String SPREAD = "...";

    private final String source;
    private final List<Token> tokens = new ArrayList<>();
    private int position;

    private Lexer(String source) {
      this.source = source;
    }

    /** The tokens, without ignored ones; null when the text holds something GraphQL has not. */
    static @Nullable List<Token> tokens(String source) {
      Lexer lexer = new Lexer(source);
      while (lexer.position < source.length()) {
        if (!lexer.next()) {
          return null;
        }
      }
      return lexer.tokens;
    }

    private boolean next() {
      char c = source.charAt(position);
      if (c == '\uFEFF' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',') {
        position++;
        return true;
      }
      if (c == '#') {
        skipComment();
        return true;
      }
      if (c == '"') {
        return string();
      }
      if (source.startsWith(SPREAD, position)) {
        add(Kind.PUNCTUATOR, SPREAD.length());
        return true;
      }
      if (isNameStart(c)) {
        add(Kind.NAME, lengthWhile(position, Lexer::isNamePart));
        return true;
      }
      if (c == '-' || isDigit(c)) {
        add(Kind.VALUE, 1 + lengthWhile(position + 1, Lexer::isNumberPart));
        return true;
      }
      if (c != '.' && PUNCTUATORS.indexOf(c) >= 0) {
        add(Kind.PUNCTUATOR, 1);
        return true;
      }
      return false;
    }

    private void skipComment() {
      while (position < source.length()
          && source.charAt(position) != '\n'
          && source.charAt(position) != '\r') {
        position++;
      }
    }

    private boolean string() {
      int start = position;
      if (source.startsWith(BLOCK_QUOTE, position)) {
        int end = blockStringEnd(position + BLOCK_QUOTE.length());
        if (end < 0) {
          return false;
        }
        position = end;
      } else {
        int end = stringEnd(position + 1);
        if (end < 0) {
          return false;
        }
        position = end;
      }
      tokens.add(new Token(Kind.VALUE, source.substring(start, position)));
      return true;
    }

    private int blockStringEnd(int from) {
      int index = from;
      while (index < source.length()) {
        if (source.startsWith(ESCAPED_BLOCK_QUOTE, index)) {
          index += ESCAPED_BLOCK_QUOTE.length();
        } else if (source.startsWith(BLOCK_QUOTE, index)) {
          return index + BLOCK_QUOTE.length();
        } else {
          index++;
        }
      }
      return -1;
    }

    private int stringEnd(int from) {
      int index = from;
      while (index < source.length()) {
        char c = source.charAt(index);
        if (c == '"') {
          return index + 1;
        }
        if (c == '\n' || c == '\r') {
          return -1;
        }
        index += c == '\\' ? 2 : 1;
      }
      return -1;
    }

    private void add(Kind kind, int length) {
      tokens.add(new Token(kind, source.substring(position, position + length)));
      position += length;
    }

    private int lengthWhile(int from, CharPredicate predicate) {
      int index = from;
      while (index < source.length() && predicate.test(source.charAt(index))) {
        index++;
      }
      return index - from;
    }

    private static boolean isNameStart(char c) {
      return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isNamePart(char c) {
      return isNameStart(c) || isDigit(c);
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    // A number's letters and signs (1.5e-3) stay in one token; its exact value does not matter.
    private static boolean isNumberPart(char c) {
      return isNamePart(c) || c == '.' || c == '+' || c == '-';
    }

    private interface CharPredicate {
      boolean test(char c);
    }
  }
}
