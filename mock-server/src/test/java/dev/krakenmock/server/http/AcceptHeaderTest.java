package dev.krakenmock.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AcceptHeaderTest {

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "*/*", "application/*", "*/*;q=0.5, text/html"})
  void answersJsonToClientsThatDoNotNameAGraphqlMediaType(String accept) {
    assertEquals(Optional.of(ResponseMediaType.JSON), preferred(accept));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "application/graphql-response+json                                    |"
            + " GRAPHQL_RESPONSE_JSON",
        "application/json                                                     | JSON",
        "application/graphql-response+json, application/json;q=0.9           |"
            + " GRAPHQL_RESPONSE_JSON",
        "application/graphql-response+json;q=0.8, application/json            | JSON",
        "application/json, application/graphql-response+json                  |"
            + " GRAPHQL_RESPONSE_JSON",
        "application/graphql-response+json; charset=utf-8, application/json; charset=utf-8"
            + " | GRAPHQL_RESPONSE_JSON",
        "APPLICATION/GRAPHQL-RESPONSE+JSON                                    |"
            + " GRAPHQL_RESPONSE_JSON",
        "application/graphql-response+json;q=0.5, */*                         | JSON",
        "application/graphql-response+json, */*;q=0.1                         |"
            + " GRAPHQL_RESPONSE_JSON",
        "application/*;q=0.3, application/graphql-response+json;q=0.4         |"
            + " GRAPHQL_RESPONSE_JSON",
        "application/json;q=0, */*                                            |"
            + " GRAPHQL_RESPONSE_JSON",
        "application/graphql-response+json;q=0, application/*                 | JSON",
        "text/html, application/xhtml+xml, application/xml;q=0.9, */*;q=0.8   | JSON",
        "application/json;q=0.001                                             | JSON",
      })
  void choosesTheMediaTypeWithTheHighestQuality(String accept, ResponseMediaType expected) {
    assertEquals(Optional.of(expected), preferred(accept));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "text/html",
        "application/xml, text/plain",
        "application/json;q=0",
        "application/json;q=0, application/graphql-response+json;q=0.000",
        "*/*;q=0",
        "application/json;q=2",
        "application/json;q=high",
        "json",
      })
  void acceptsNothingItCanWriteWhenNoRangeAllowsAGraphqlMediaType(String accept) {
    assertEquals(Optional.empty(), preferred(accept));
  }

  @Test
  void skipsMalformedRangesAndKeepsTheRest() {
    assertEquals(
        Optional.of(ResponseMediaType.GRAPHQL_RESPONSE_JSON),
        preferred("nonsense, application/json;q=oops, application/graphql-response+json"));
  }

  @Test
  void keepsCommasInsideQuotedParametersWithinOneRange() {
    assertEquals(
        Optional.of(ResponseMediaType.JSON),
        preferred(
            "application/json;profile=\"a,b\";q=0.9, application/graphql-response+json;q=0.1"));
  }

  @Test
  void letsTheMostSpecificRangeDecideTheQuality() {
    assertEquals(
        Optional.of(ResponseMediaType.GRAPHQL_RESPONSE_JSON),
        preferred(
            "application/graphql-response+json;q=0.2, application/*;q=0.9, */*;q=0.1,"
                + " application/json;q=0.1"));
  }

  @Test
  void namesHtmlOnlyWhenTheClientListsItWithPositiveQuality() {
    assertTrue(
        AcceptHeader.parse("text/html,application/xhtml+xml,*/*;q=0.8").names("text", "html"));
    assertTrue(AcceptHeader.parse("TEXT/HTML;q=0.1").names("text", "html"));
    assertFalse(AcceptHeader.parse("*/*").names("text", "html"));
    assertFalse(AcceptHeader.parse("text/*").names("text", "html"));
    assertFalse(AcceptHeader.parse("text/html;q=0").names("text", "html"));
    assertFalse(AcceptHeader.parse(null).names("text", "html"));
  }

  private static Optional<ResponseMediaType> preferred(String accept) {
    return AcceptHeader.parse(accept).preferredResponseType();
  }
}
