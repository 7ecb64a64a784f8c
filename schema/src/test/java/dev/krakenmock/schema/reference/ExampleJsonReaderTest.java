package dev.krakenmock.schema.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.krakenmock.schema.contract.ExampleValue;
import dev.krakenmock.schema.contract.ExampleValue.Alternatives;
import dev.krakenmock.schema.contract.ExampleValue.ArrayValue;
import dev.krakenmock.schema.contract.ExampleValue.BooleanValue;
import dev.krakenmock.schema.contract.ExampleValue.NullValue;
import dev.krakenmock.schema.contract.ExampleValue.NumberValue;
import dev.krakenmock.schema.contract.ExampleValue.ObjectValue;
import dev.krakenmock.schema.contract.ExampleValue.StringValue;
import dev.krakenmock.schema.contract.ExampleValue.TypeName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExampleJsonReaderTest {

  @Test
  void readsJsonWithTypePlaceholders() {
    ExampleValue value = ExampleJsonReader.read(
        "{\"a\": RichAddressType, \"b\": [BillType], \"c\": -1.5, \"d\": true, \"e\": null,"
            + " \"f\": \"x\\\"y\\u0041\", \"g\": {}, \"h\": [], \"i\": false, \"j\": 12,"
            + " \"k\": None}");
    Map<String, ExampleValue> expected = new LinkedHashMap<>();
    expected.put("a", new TypeName("RichAddressType"));
    expected.put("b", new ArrayValue(List.of(new TypeName("BillType"))));
    expected.put("c", new NumberValue("-1.5"));
    expected.put("d", new BooleanValue(true));
    expected.put("e", new NullValue());
    expected.put("f", new StringValue("x\"yA"));
    expected.put("g", new ObjectValue(Map.of()));
    expected.put("h", new ArrayValue(List.of()));
    expected.put("i", new BooleanValue(false));
    expected.put("j", new NumberValue("12"));
    expected.put("k", new NullValue());
    assertEquals(new ObjectValue(expected), value);
  }

  @Test
  void readsAlternativesSeparatedByBars() {
    ExampleValue value = ExampleJsonReader.read("{\"p\": \"abc\" | 1 | [\"x\"] | AccountType}");
    assertEquals(new ObjectValue(Map.of("p", new Alternatives(List.of(new StringValue("abc"),
        new NumberValue("1"), new ArrayValue(List.of(new StringValue("x"))),
        new TypeName("AccountType"))))), value);
  }

  @Test
  void keepsTheOrderOfKeys() {
    ObjectValue value = (ObjectValue) ExampleJsonReader.read("{\"z\": 1, \"a\": 2, \"m\": 3}");
    assertEquals(List.of("z", "a", "m"), List.copyOf(value.fields().keySet()));
  }

  @Test
  void rejectsMalformedExamplesWithTheirOffset() {
    for (String bad : List.of("{\"a\" 1}", "[1 2]", "\"open", "{\"a\": 1} x", "", "1.2.3", "{\"a\": @}",
        "\"\\u12\"")) {
      IllegalArgumentException error =
          assertThrows(IllegalArgumentException.class, () -> ExampleJsonReader.read(bad), bad);
      assertEquals(true, error.getMessage().startsWith("Example JSON at offset"), bad);
    }
  }
}
