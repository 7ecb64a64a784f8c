package dev.krakenmock.schema.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krakenmock.schema.contract.ExampleValue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScalarInferenceTest {

  private static String typeOf(String value) {
    return ScalarInference.typeRef(ScalarInference.ofString(value), "SomeEnum").toString();
  }

  @Test
  void recognisesKrakenStringFormats() {
    assertEquals("DateTime", typeOf("1973-11-30T21:02:01.340739+00:00"));
    assertEquals("DateTime", typeOf("1973-11-30T21:02:01Z"));
    assertEquals("Date", typeOf("2007-07-08"));
    assertEquals("Decimal", typeOf("-1.0"));
    assertEquals("ID", typeOf("73493792"));
    assertEquals("UUID", typeOf("9a6d12ac-2c51-4518-bd7f-31dbd0a1c2e3"));
    assertEquals("SomeEnum", typeOf("SMETS2_INTEREST_REASON_DO_NOT_OWN_HOME"));
    assertEquals("SomeEnum", typeOf("EMAIL"));
    assertEquals("String", typeOf("notice-soon-as-brother-set"));
    assertEquals("String", typeOf("Email"));
    assertEquals("String", typeOf("2007-07-08 10:00"));
    assertEquals("String", typeOf("YXJyYXljb25uZWN0aW9uOjEw="));
  }

  @Test
  void recognisesJsonKinds() {
    assertEquals("Int", infer(new ExampleValue.NumberValue("-3")));
    assertEquals("Float", infer(new ExampleValue.NumberValue("3.5")));
    assertEquals("Boolean", infer(new ExampleValue.BooleanValue(false)));
    assertEquals("JSONString", infer(new ExampleValue.ObjectValue(java.util.Map.of())));
    assertEquals("GenericScalar", infer(new ExampleValue.Alternatives(List.of())));
    assertEquals("[Date]", infer(new ExampleValue.ArrayValue(
        List.of(new ExampleValue.StringValue("2001-01-01")))));
    assertEquals("[String]", infer(new ExampleValue.ArrayValue(List.of())));
    assertEquals("String", infer(new ExampleValue.NullValue()));
    assertEquals("String", ScalarInference.typeRef(
        ScalarInference.infer(Optional.empty()), "E").toString());
  }

  @Test
  void findsTheEnumValueInsideLists() {
    assertEquals(Optional.of("ON"), ScalarInference.enumValue(ScalarInference.infer(Optional.of(
        new ExampleValue.ArrayValue(List.of(new ExampleValue.StringValue("ON")))))));
    assertEquals(Optional.empty(), ScalarInference.enumValue(
        ScalarInference.infer(Optional.of(new ExampleValue.StringValue("on")))));
  }

  private static String infer(ExampleValue value) {
    return ScalarInference.typeRef(ScalarInference.infer(Optional.of(value)), "E").toString();
  }
}
