package dev.krakenmock.server.http;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** How JSON is read from and written to the wire. */
final class WireFormat {

  private WireFormat() {}

  /**
   * A mapper that rejects anything after the JSON value and keys given twice, whose meaning would
   * be a guess, and keeps decimals exactly as sent, so that {@code 1.10} reaches a {@code Decimal}
   * scalar as {@code 1.10}.
   */
  static ObjectMapper newObjectMapper() {
    return JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();
  }
}
