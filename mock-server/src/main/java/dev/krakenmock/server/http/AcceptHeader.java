package dev.krakenmock.server.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The media ranges of an {@code Accept} header with their quality values, and the choice of
 * response media type they lead to. The most specific range that matches a media type gives its
 * quality, as RFC 9110 says, so {@code application/json;q=0, *}{@code /*} refuses JSON.
 */
final class AcceptHeader {

  private static final String QUALITY = "q";
  private static final int EXACT = 2;
  private static final int SUBTYPE_WILDCARD = 1;
  private static final int FULL_WILDCARD = 0;
  private static final int NO_MATCH = -1;

  private final @Nullable List<MediaRange> ranges;

  private AcceptHeader(@Nullable List<MediaRange> ranges) {
    this.ranges = ranges;
  }

  /**
   * Reads the header's value; {@code null} or blank means the client sent none, which accepts
   * anything. Malformed ranges are skipped.
   */
  static AcceptHeader parse(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return new AcceptHeader(null);
    }
    List<MediaRange> ranges = new ArrayList<>();
    for (String element : splitOutsideQuotes(value)) {
      MediaType.parse(element).flatMap(AcceptHeader::toRange).ifPresent(ranges::add);
    }
    return new AcceptHeader(List.copyOf(ranges));
  }

  /**
   * The response media type to use, or empty when the client accepts neither (the caller answers
   * {@code 406}). Without an {@code Accept} header, or when both types are accepted through the
   * same wildcard, this is {@code application/json}, which legacy clients expect. When both are
   * named with the same quality, {@code application/graphql-response+json} wins, because naming it
   * shows the client understands it.
   */
  Optional<ResponseMediaType> preferredResponseType() {
    if (ranges == null) {
      return Optional.of(ResponseMediaType.JSON);
    }
    Match graphqlResponse = match(ResponseMediaType.GRAPHQL_RESPONSE_JSON);
    Match json = match(ResponseMediaType.JSON);
    if (graphqlResponse.quality() <= 0 && json.quality() <= 0) {
      return Optional.empty();
    }
    int byQuality = Double.compare(graphqlResponse.quality(), json.quality());
    if (byQuality != 0) {
      return Optional.of(
          byQuality > 0 ? ResponseMediaType.GRAPHQL_RESPONSE_JSON : ResponseMediaType.JSON);
    }
    if (graphqlResponse.specificity() > json.specificity()) {
      return Optional.of(ResponseMediaType.GRAPHQL_RESPONSE_JSON);
    }
    if (graphqlResponse.specificity() == EXACT && json.specificity() == EXACT) {
      return Optional.of(ResponseMediaType.GRAPHQL_RESPONSE_JSON);
    }
    return Optional.of(ResponseMediaType.JSON);
  }

  /**
   * Whether the client names {@code type/subtype} itself with a quality above zero. Wildcards do
   * not count: {@code *}{@code /*} from a command-line tool does not ask for a web page.
   */
  boolean names(String type, String subtype) {
    if (ranges == null) {
      return false;
    }
    return match(type, subtype).specificity() == EXACT && match(type, subtype).quality() > 0;
  }

  private Match match(ResponseMediaType candidate) {
    return match(candidate.type(), candidate.subtype());
  }

  private Match match(String type, String subtype) {
    Match best = new Match(NO_MATCH, 0);
    for (MediaRange range : ranges == null ? List.<MediaRange>of() : ranges) {
      int specificity = range.specificityFor(type, subtype);
      if (specificity > best.specificity()) {
        best = new Match(specificity, range.quality());
      }
    }
    return best;
  }

  private static Optional<MediaRange> toRange(MediaType mediaType) {
    String quality = mediaType.parameter(QUALITY);
    if (quality == null) {
      return Optional.of(new MediaRange(mediaType, 1));
    }
    double value;
    try {
      value = Double.parseDouble(quality);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (!(value >= 0 && value <= 1)) {
      return Optional.empty();
    }
    return Optional.of(new MediaRange(mediaType, value));
  }

  private static List<String> splitOutsideQuotes(String value) {
    List<String> elements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        elements.add(current.toString());
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    elements.add(current.toString());
    return elements;
  }

  private record MediaRange(MediaType mediaType, double quality) {

    int specificityFor(String type, String subtype) {
      if (mediaType.is(type, subtype)) {
        return EXACT;
      }
      if (mediaType.type().equals(type) && mediaType.subtype().equals(MediaType.WILDCARD)) {
        return SUBTYPE_WILDCARD;
      }
      if (mediaType.is(MediaType.WILDCARD, MediaType.WILDCARD)) {
        return FULL_WILDCARD;
      }
      return NO_MATCH;
    }
  }

  private record Match(int specificity, double quality) {}
}
