package dev.krakenmock.contract.support;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the target answered: the HTTP status, the content type and the body as received. */
public record GraphqlResponse(int status, String contentType, String body) {

  /** The body as JSON; empty when it is not JSON. */
  public Optional<JsonNode> json() {
    try {
      return Optional.of(JsonMapper.shared().readTree(body));
    } catch (JacksonException notJson) {
      return Optional.empty();
    }
  }
}
