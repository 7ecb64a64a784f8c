package dev.krakenmock.schema.sdl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KrakenScalarsTest {

  private static final GraphQLContext CONTEXT = GraphQLContext.getDefault();

  @SuppressWarnings("unchecked")
  private static Coercing<Object, Object> coercing(String name) {
    return (Coercing<Object, Object>) KrakenScalars.of(name, "").getCoercing();
  }

  @Test
  void acceptsKrakenFormatsAndRejectsOthers() {
    assertEquals("2007-07-08", coercing("Date").parseValue("2007-07-08", CONTEXT, Locale.ROOT));
    assertThrows(CoercingParseValueException.class,
        () -> coercing("Date").parseValue("2007-13-08", CONTEXT, Locale.ROOT));
    assertThrows(CoercingParseValueException.class,
        () -> coercing("DateTime").parseValue("2007-07-08T10:00:00", CONTEXT, Locale.ROOT));
    assertThrows(CoercingParseValueException.class,
        () -> coercing("Decimal").parseValue(1.5, CONTEXT, Locale.ROOT));
    assertEquals("1.0", coercing("Decimal").serialize("1.0", CONTEXT, Locale.ROOT));
    assertThrows(CoercingSerializeException.class,
        () -> coercing("UUID").serialize("nope", CONTEXT, Locale.ROOT));
    assertThrows(CoercingParseLiteralException.class,
        () -> coercing("NonEmptyString").parseLiteral(StringValue.of(""),
            CoercedVariables.emptyVariables(), CONTEXT, Locale.ROOT));
    assertThrows(CoercingParseLiteralException.class,
        () -> coercing("Date").parseLiteral(IntValue.of(3),
            CoercedVariables.emptyVariables(), CONTEXT, Locale.ROOT));
    assertEquals("x", coercing("NonEmptyString").parseLiteral(StringValue.of("x"),
        CoercedVariables.emptyVariables(), CONTEXT, Locale.ROOT));
    assertEquals("2001-01-01", ((StringValue) coercing("Date").valueToLiteral("2001-01-01",
        CONTEXT, Locale.ROOT)).getValue());
    assertTrue(KrakenScalars.fits("DateTime", "1973-11-30T21:02:01.340739+00:00"));
    assertFalse(KrakenScalars.fits("DateTime", 3));
    assertTrue(KrakenScalars.fits("JSONString", 3));
  }

  @Test
  void takesAnyLiteralForLenientScalars() {
    ObjectValue literal = ObjectValue.newObjectValue()
        .objectField(new ObjectField("s", StringValue.of("a")))
        .objectField(new ObjectField("i", IntValue.of(2)))
        .objectField(new ObjectField("f", FloatValue.of(1.5)))
        .objectField(new ObjectField("b", BooleanValue.of(true)))
        .objectField(new ObjectField("e", EnumValue.of("ON")))
        .objectField(new ObjectField("n", NullValue.of()))
        .objectField(new ObjectField("v", VariableReference.of("x")))
        .objectField(new ObjectField("l", ArrayValue.newArrayValue()
            .value(StringValue.of("z")).build()))
        .build();
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("s", "a");
    expected.put("i", BigInteger.valueOf(2));
    expected.put("f", BigDecimal.valueOf(1.5));
    expected.put("b", true);
    expected.put("e", "ON");
    expected.put("n", null);
    expected.put("v", 7);
    expected.put("l", List.of("z"));
    assertEquals(expected, coercing("JSONString").parseLiteral(literal,
        CoercedVariables.of(Map.of("x", 7)), CONTEXT, Locale.ROOT));
    assertEquals(Arrays.asList(1, 2),
        coercing("SearchInput").parseValue(Arrays.asList(1, 2), CONTEXT, Locale.ROOT));
    assertEquals(Map.of("a", 1),
        coercing("GenericScalar").serialize(Map.of("a", 1), CONTEXT, Locale.ROOT));
  }
}
