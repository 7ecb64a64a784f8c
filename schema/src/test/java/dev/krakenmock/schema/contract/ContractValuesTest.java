package dev.krakenmock.schema.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContractValuesTest {

  @Test
  void parsesAndPrintsTypeReferences() {
    for (String text : List.of("String", "String!", "[String]", "[String!]!", "[[Int]!]", "_x",
        "a9_Z", "z", "Z", "A0")) {
      assertEquals(text, TypeRef.parse(text).toString());
    }
    TypeRef type = TypeRef.parse(" [AccountType!] ");
    assertEquals("AccountType", type.name());
    assertTrue(type.isList());
    assertFalse(type.isNonNull());
    assertEquals(type, TypeRef.parse("[AccountType!]!").nullable());
    assertEquals(type, type.nullable());
    assertFalse(TypeRef.parse("Int!").isList());
  }

  @Test
  void rejectsWhatIsNotAType() {
    for (String text : List.of("", "[String", "Str ing", "1Int", "String!!", "9", "Int-2", "é",
        "A@", "`a", "a{", "A:", "a/", "[]")) {
      assertThrows(IllegalArgumentException.class, () -> TypeRef.parse(text), text);
    }
  }

  @Test
  void parsesRateStepsAndKeys() {
    RateStep step = RateStep.parse(" 10/m ");
    assertEquals(10, step.requests());
    assertEquals(Duration.ofMinutes(1), step.period().duration());
    assertEquals("10/m", step.toString());
    assertEquals(Duration.ofHours(1), RateStep.parse("1/h").period().duration());
    assertEquals(Duration.ofSeconds(1), RateStep.parse("5/s").period().duration());
    assertEquals(Duration.ofDays(1), RateStep.parse("5/d").period().duration());
    assertEquals(RateLimit.Key.IP, RateLimit.Key.parse("Ip"));
    assertEquals(RateLimit.Key.USER, RateLimit.Key.parse(" User "));
    for (String bad : List.of("10", "x/m", "10/w", "0/m", "1/m/h")) {
      assertThrows(IllegalArgumentException.class, () -> RateStep.parse(bad), bad);
    }
    assertThrows(IllegalArgumentException.class, () -> RateLimit.Key.parse("Org"));
    assertThrows(IllegalArgumentException.class, () -> new RateLimit(RateLimit.Key.IP, List.of()));
  }

  @Test
  void checksErrorCodesAndPermissions() {
    assertThrows(IllegalArgumentException.class, () -> new ErrorSpec("CT-1", "x"));
    assertThrows(IllegalArgumentException.class, () -> Permissions.required(List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new Permissions(Permissions.Status.NONE_REQUIRED, List.of("a")));
  }

  @Test
  void ordersErrorCodesByNumber() {
    assertTrue(ApiContract.compareCodes("KT-CT-1111", "KT-CT-10003") < 0);
    assertTrue(ApiContract.compareCodes("KT-CT-4178", "KT-CT-4177") > 0);
    assertEquals(0, ApiContract.compareCodes("KT-CT-1", "KT-CT-1"));
    assertTrue(ApiContract.compareCodes("KT-CT-9", "KT-IT-1") < 0);
  }

  @Test
  void findsTheResponseDataOfAnExample() {
    ExampleValue data = new ExampleValue.ObjectValue(java.util.Map.of("data",
        new ExampleValue.ObjectValue(java.util.Map.of("viewer", new ExampleValue.NullValue()))));
    Example example = new Example("query V { viewer }", Optional.empty(), Optional.of(data));
    assertEquals(Optional.of(new ExampleValue.NullValue()), example.responseData("viewer"));
    assertEquals(Optional.empty(), example.responseData("account"));
    assertEquals(Optional.empty(),
        new Example("q", Optional.empty(), Optional.empty()).responseData("viewer"));
  }

  @Test
  void rejectsDuplicateOperations() {
    OperationSpec one = OperationSpec.newOperation().name("one").returnType(TypeRef.parse("Int"))
        .example(new Example("query One { one }", Optional.empty(), Optional.empty())).build();
    assertThrows(IllegalArgumentException.class, () -> new ApiContract(List.of(one, one)));
  }
}
