package dev.krakenmock.schema.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The raw text of one operation of the reference: its heading lines and the lines under each
 * sub-heading, still unparsed.
 *
 * @param name the operation name
 * @param typeLine what follows {@code Type:}
 * @param firstLine the 1-based line of the operation name in the document
 * @param description the lines between {@code URL:} and the first sub-heading
 * @param parts the lines under each sub-heading, in document order
 */
record ReferenceSection(
    String name,
    String typeLine,
    int firstLine,
    List<String> description,
    Map<Heading, List<String>> parts) {

  ReferenceSection {
    description = List.copyOf(description);
    parts = Map.copyOf(parts);
  }

  Optional<List<String>> part(Heading heading) {
    return Optional.ofNullable(parts.get(heading));
  }

  /** The sub-headings of an operation, as the reference spells them. */
  enum Heading {
    QUERY_COMPLEXITY("Query Complexity:"),
    POSSIBLE_ERRORS("Possible Errors:"),
    ALLOWED_VIEWERS("Allowed Viewers:"),
    REQUIRED_PERMISSIONS("Required Permissions:"),
    RATE_LIMITS("Rate Limits"),
    DEPRECATED("Deprecated"),
    ARGUMENTS("Arguments"),
    QUERY("Query"),
    VARIABLES("Variables"),
    RESPONSE("Response");

    private final String text;

    Heading(String text) {
      this.text = text;
    }

    /**
     * The heading a line opens, if any. "Query Complexity:" carries its value on the same line,
     * which is then the first line of the part.
     */
    static Optional<Heading> opening(String line) {
      for (Heading heading : values()) {
        if (line.equals(heading.text)
            || (heading == QUERY_COMPLEXITY && line.startsWith(heading.text))) {
          return Optional.of(heading);
        }
      }
      return Optional.empty();
    }

    String text() {
      return text;
    }
  }
}
