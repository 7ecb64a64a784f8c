package dev.krakenmock.server.files;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The values of a JSON file as plain Java, the same for scenario and fixture files. */
public final class PlainJson {

  private PlainJson() {}

  /**
   * The node as unmodifiable plain values, shared by every request that uses them: maps with
   * their keys in the order written, lists, strings, booleans, null, and numbers as Integer, Long
   * or BigInteger, or BigDecimal with their written digits.
   */
  public static @Nullable Object of(JsonNode node) {
    if (node.isObject()) {
      Map<String, @Nullable Object> map = new LinkedHashMap<>();
      for (Entry<String, JsonNode> property : node.properties()) {
        map.put(property.getKey(), of(property.getValue()));
      }
      return Collections.unmodifiableMap(map);
    }
    if (node.isArray()) {
      List<@Nullable Object> list = new ArrayList<>();
      node.forEach(element -> list.add(of(element)));
      return Collections.unmodifiableList(list);
    }
    if (node.isIntegralNumber()) {
      BigInteger value = node.bigIntegerValue();
      if (value.bitLength() < Integer.SIZE) {
        return value.intValue();
      }
      return value.bitLength() < Long.SIZE ? (Object) value.longValue() : value;
    }
    if (node.isNumber()) {
      BigDecimal value = node.decimalValue();
      return value;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNull()) {
      return null;
    }
    return node.asString();
  }
}
