package dev.krakenmock.schema.reference;

import dev.krakenmock.schema.contract.ArgumentSpec;
import dev.krakenmock.schema.contract.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the variable definitions of an example query ({@code query Account($accountNumber:
 * String!) {}}), which give the operation's arguments with their exact types. The reference names
 * each variable after the argument it feeds.
 */
final class VariableDefinitions {

  private static final Pattern HEADER = Pattern.compile("^\\s*query\\s+\\w+\\s*(\\()?");
  private static final Pattern DEFINITION =
      Pattern.compile("\\$(\\w+)\\s*:\\s*([\\[\\]\\w!\\s]+?)\\s*(?:=\\s*(.+))?");

  private VariableDefinitions() {}

  static List<ArgumentSpec> read(String query) {
    Matcher header = HEADER.matcher(query);
    if (!header.find()) {
      throw new IllegalArgumentException("Example is not a named query: " + firstLine(query));
    }
    if (header.group(1) == null) {
      return List.of();
    }
    int close = closingParenthesis(query, header.end());
    List<ArgumentSpec> arguments = new ArrayList<>();
    for (String definition : splitTopLevel(query.substring(header.end(), close))) {
      Matcher matcher = DEFINITION.matcher(definition.strip());
      if (!matcher.matches()) {
        throw new IllegalArgumentException("Not a variable definition: '" + definition + "'");
      }
      arguments.add(
          new ArgumentSpec(
              matcher.group(1),
              TypeRef.parse(matcher.group(2).replaceAll("\\s", "")),
              Optional.ofNullable(matcher.group(3)).map(String::strip),
              Optional.empty()));
    }
    return arguments;
  }

  private static int closingParenthesis(String query, int from) {
    int depth = 1;
    for (int i = from; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("Unclosed variable definitions: " + firstLine(query));
  }

  private static List<String> splitTopLevel(String definitions) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < definitions.length(); i++) {
      char c = definitions.charAt(i);
      if (c == '[' || c == '{') {
        depth++;
      } else if (c == ']' || c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(definitions.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(definitions.substring(start));
    return parts.stream().filter(part -> !part.isBlank()).toList();
  }

  private static String firstLine(String query) {
    return query.lines().findFirst().orElse("");
  }
}
