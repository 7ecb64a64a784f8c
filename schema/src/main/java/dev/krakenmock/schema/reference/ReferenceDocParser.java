package dev.krakenmock.schema.reference;

import dev.krakenmock.schema.reference.ReferenceSection.Heading;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits the Queries reference into one {@link ReferenceSection} per operation.
 *
 * <p>The document is line-oriented: an operation starts with its name on a line of its own,
 * followed by {@code Type: …} and {@code URL: …}; its parts follow under fixed sub-headings
 * ({@code Possible Errors:}, {@code Arguments}, {@code Query}, …). Lines before the first operation
 * are the document's preamble.
 */
final class ReferenceDocParser {

  private static final String TYPE_PREFIX = "Type: ";
  private static final String URL_PREFIX = "URL: ";
  private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*");

  private ReferenceDocParser() {}

  static List<ReferenceSection> parse(String document) {
    List<String> lines = document.lines().map(String::stripTrailing).toList();
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i + 2 < lines.size(); i++) {
      if (isOperationStart(lines, i)) {
        starts.add(i);
      }
    }
    List<ReferenceSection> sections = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int end = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
      sections.add(section(lines, starts.get(k), end));
    }
    return sections;
  }

  private static boolean isOperationStart(List<String> lines, int i) {
    // The cheap tests first: the name test runs on the few lines that pass them.
    return lines.get(i + 1).startsWith(TYPE_PREFIX)
        && lines.get(i + 2).startsWith(URL_PREFIX)
        && NAME.matcher(lines.get(i)).matches();
  }

  private static ReferenceSection section(List<String> lines, int start, int end) {
    List<String> description = new ArrayList<>();
    Map<Heading, List<String>> parts = new EnumMap<>(Heading.class);
    List<String> current = description;
    for (int i = start + 3; i < end; i++) {
      String line = lines.get(i);
      Optional<Heading> heading = Heading.opening(line);
      if (heading.isPresent() && !parts.containsKey(heading.get())) {
        current = new ArrayList<>();
        parts.put(heading.get(), current);
        if (heading.get() == Heading.QUERY_COMPLEXITY) {
          current.add(line.substring(heading.get().text().length()).strip());
        }
        continue;
      }
      current.add(line);
    }
    return new ReferenceSection(
        lines.get(start),
        lines.get(start + 1).substring(TYPE_PREFIX.length()).strip(),
        start + 1,
        description,
        parts);
  }
}
