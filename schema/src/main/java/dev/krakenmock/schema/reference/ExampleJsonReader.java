package dev.krakenmock.schema.reference;

import dev.krakenmock.schema.contract.ExampleValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the reference's example variables and responses: JSON, plus bare type names standing for
 * values the reference does not expand ({@code "address": RichAddressType}).
 */
final class ExampleJsonReader {

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

  private final String text;
  private int pos;

  private ExampleJsonReader(String text) {
    this.text = text;
  }

  static ExampleValue read(String text) {
    ExampleJsonReader reader = new ExampleJsonReader(text);
    ExampleValue value = reader.alternatives();
    reader.skipWhitespace();
    if (reader.pos != text.length()) {
      throw reader.error("unexpected text after the value");
    }
    return value;
  }

  /** A value, or several separated by {@code |}. */
  private ExampleValue alternatives() {
    ExampleValue first = value();
    skipWhitespace();
    if (pos >= text.length() || text.charAt(pos) != '|') {
      return first;
    }
    List<ExampleValue> options = new ArrayList<>(List.of(first));
    while (pos < text.length() && text.charAt(pos) == '|') {
      pos++;
      options.add(value());
      skipWhitespace();
    }
    return new ExampleValue.Alternatives(options);
  }

  private ExampleValue value() {
    skipWhitespace();
    if (pos >= text.length()) {
      throw error("unexpected end of example");
    }
    char c = text.charAt(pos);
    if (c == '{') {
      return object();
    }
    if (c == '[') {
      return array();
    }
    if (c == '"') {
      return new ExampleValue.StringValue(string());
    }
    if (c == '-' || Character.isDigit(c)) {
      return number();
    }
    return word();
  }

  private ExampleValue object() {
    pos++;
    Map<String, ExampleValue> fields = new LinkedHashMap<>();
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      return new ExampleValue.ObjectValue(fields);
    }
    while (true) {
      skipWhitespace();
      String key = string();
      skipWhitespace();
      expect(':');
      fields.put(key, alternatives());
      skipWhitespace();
      if (peek() == ',') {
        pos++;
        continue;
      }
      expect('}');
      return new ExampleValue.ObjectValue(fields);
    }
  }

  private ExampleValue array() {
    pos++;
    List<ExampleValue> elements = new ArrayList<>();
    skipWhitespace();
    if (peek() == ']') {
      pos++;
      return new ExampleValue.ArrayValue(elements);
    }
    while (true) {
      elements.add(alternatives());
      skipWhitespace();
      if (peek() == ',') {
        pos++;
        continue;
      }
      expect(']');
      return new ExampleValue.ArrayValue(elements);
    }
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (pos >= text.length()) {
        break;
      }
      char escaped = text.charAt(pos++);
      switch (escaped) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          if (pos + 4 > text.length()) {
            throw error("truncated unicode escape");
          }
          out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          pos += 4;
        }
        default -> out.append(escaped);
      }
    }
    throw error("unterminated string");
  }

  private ExampleValue number() {
    int start = pos;
    while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    String literal = text.substring(start, pos);
    if (!NUMBER.matcher(literal).matches()) {
      throw error("not a number: " + literal);
    }
    return new ExampleValue.NumberValue(literal);
  }

  private ExampleValue word() {
    int start = pos;
    while (pos < text.length()
        && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
      pos++;
    }
    String word = text.substring(start, pos);
    return switch (word) {
      case "" -> throw error("unexpected character '" + text.charAt(pos) + "'");
      case "true" -> new ExampleValue.BooleanValue(true);
      case "false" -> new ExampleValue.BooleanValue(false);
      // The document's generator leaks Python's None where it had no value to show.
      case "null", "None" -> new ExampleValue.NullValue();
      default -> new ExampleValue.TypeName(word);
    };
  }

  private void skipWhitespace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private char peek() {
    if (pos >= text.length()) {
      throw error("unexpected end of example");
    }
    return text.charAt(pos);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "' but found '" + text.charAt(pos) + "'");
    }
    pos++;
  }

  private IllegalArgumentException error(String problem) {
    return new IllegalArgumentException("Example JSON at offset " + pos + ": " + problem);
  }
}
