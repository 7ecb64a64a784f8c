package dev.krakenmock.server.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts a scenario's fixed data over the generated answer of a root field: a field the payload
 * names takes the payload's value (objects merge deeply), every other field keeps its generated
 * value. A payload for a root field the query does not select is left out.
 */
final class Payloads {

  private Payloads() {}

  @SuppressWarnings("unchecked")
  static void apply(Map<String, Object> response, Map<String, Object> payloads) {
    if (payloads.isEmpty() || !(response.get("data") instanceof Map<?, ?>)) {
      return;
    }
    Map<String, Object> data = (Map<String, Object>) response.get("data");
    payloads.forEach((key, payload) -> {
      if (data.containsKey(key)) {
        data.put(key, merged(data.get(key), payload));
      }
    });
  }

  @SuppressWarnings("unchecked")
  static Object merged(Object generated, Object fixed) {
    if (generated instanceof Map<?, ?> base && fixed instanceof Map<?, ?> over) {
      Map<String, Object> result = new LinkedHashMap<>((Map<String, Object>) base);
      over.forEach((key, value) -> result.put(String.valueOf(key),
          merged(result.get(String.valueOf(key)), value)));
      return result;
    }
    return fixed;
  }
}
