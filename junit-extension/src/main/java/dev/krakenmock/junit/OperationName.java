package dev.krakenmock.junit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The name of the one operation of a GraphQL document, found by a light scan (strings, comments
 * and selection sets skipped), so that requests carry {@code operationName} as real clients send
 * it and scenarios matching on it apply.
 */
final class OperationName {

  private OperationName() {}

  /** The name, when the document has exactly one operation and it is named. */
  static Optional<String> of(String document) {
    List<String> names = new ArrayList<>();
    int operations = 0;
    int depth = 0;
    int i = 0;
    while (i < document.length()) {
      char c = document.charAt(i);
      if (c == '#') {
        i = skipComment(document, i);
      } else if (c == '"') {
        i = skipString(document, i);
      } else if (c == '{' || c == '(') {
        if (depth == 0 && c == '{' && !afterKeyword(document, i)) {
          operations++; // a shorthand query: { viewer { ... } }
        }
        depth++;
        i++;
      } else if (c == '}' || c == ')') {
        depth--;
        i++;
      } else if (depth == 0 && Character.isLetter(c)) {
        int end = wordEnd(document, i);
        String word = document.substring(i, end);
        i = end;
        if (word.equals("query") || word.equals("mutation") || word.equals("subscription")) {
          operations++;
          int nameStart = skipBlanks(document, end);
          int nameEnd = wordEnd(document, nameStart);
          if (nameEnd > nameStart) {
            names.add(document.substring(nameStart, nameEnd));
            i = nameEnd;
          }
        } else if (word.equals("fragment")) {
          i = skipFragment(document, end);
        }
      } else {
        i++;
      }
    }
    return operations == 1 && names.size() == 1 ? Optional.of(names.get(0)) : Optional.empty();
  }

  /** Whether the brace at {@code index} opens the selection of a keyword's operation. */
  private static boolean afterKeyword(String document, int index) {
    int j = index - 1;
    while (j >= 0 && Character.isWhitespace(document.charAt(j))) {
      j--;
    }
    return j >= 0 && (Character.isLetterOrDigit(document.charAt(j)) || document.charAt(j) == '_'
        || document.charAt(j) == ')');
  }

  private static int skipFragment(String document, int from) {
    int i = document.indexOf('{', from);
    return i < 0 ? document.length() : i;
  }

  private static int skipComment(String document, int from) {
    int end = document.indexOf('\n', from);
    return end < 0 ? document.length() : end + 1;
  }

  private static int skipString(String document, int from) {
    if (document.startsWith("\"\"\"", from)) {
      int end = document.indexOf("\"\"\"", from + 3);
      return end < 0 ? document.length() : end + 3;
    }
    int i = from + 1;
    while (i < document.length() && document.charAt(i) != '"') {
      i += document.charAt(i) == '\\' ? 2 : 1;
    }
    return i + 1;
  }

  private static int skipBlanks(String document, int from) {
    int i = from;
    while (i < document.length() && (Character.isWhitespace(document.charAt(i))
        || document.charAt(i) == ',')) {
      i++;
    }
    return i;
  }

  private static int wordEnd(String document, int from) {
    int i = from;
    while (i < document.length() && (Character.isLetterOrDigit(document.charAt(i))
        || document.charAt(i) == '_')) {
      i++;
    }
    return i;
  }
}
