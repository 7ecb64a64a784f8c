package dev.krakenmock.server.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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
import graphql.language.Value;
import graphql.language.VariableReference;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PassThroughCoercingTest {

  private final PassThroughCoercing coercing = new PassThroughCoercing();
  private final GraphQLContext context = GraphQLContext.getDefault();

  @Test
  void serializesAndParsesValuesUnchanged() {
    Object value = Map.of("k", List.of(1, "x"));

    assertSame(value, coercing.serialize(value, context, Locale.US));
    assertSame(value, coercing.parseValue(value, context, Locale.US));
  }

  @Test
  void turnsLiteralsIntoPlainJavaValues() {
    Value<?> literal =
        ObjectValue.newObjectValue()
            .objectField(new ObjectField("s", StringValue.of("x")))
            .objectField(new ObjectField("i", IntValue.of(3)))
            .objectField(
                new ObjectField("f", FloatValue.newFloatValue(new BigDecimal("2.50")).build()))
            .objectField(new ObjectField("b", BooleanValue.of(true)))
            .objectField(new ObjectField("e", EnumValue.of("ACTIVE")))
            .objectField(new ObjectField("n", NullValue.of()))
            .objectField(new ObjectField("v", VariableReference.of("var")))
            .objectField(
                new ObjectField("l", ArrayValue.newArrayValue().value(IntValue.of(1)).build()))
            .build();

    Object parsed =
        coercing.parseLiteral(
            literal, CoercedVariables.of(Map.of("var", "from variable")), context, Locale.US);

    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("s", "x");
    expected.put("i", BigInteger.valueOf(3));
    expected.put("f", new BigDecimal("2.50"));
    expected.put("b", true);
    expected.put("e", "ACTIVE");
    expected.put("n", null);
    expected.put("v", "from variable");
    expected.put("l", List.of(BigInteger.ONE));
    assertEquals(expected, parsed);
  }

  @Test
  void turnsJavaValuesBackIntoEquivalentLiterals() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("list", Arrays.asList(1, 2L, 2.5, "x", false, null));

    Value<?> literal = coercing.valueToLiteral(value, context, Locale.US);
    Object roundTrip =
        coercing.parseLiteral(literal, CoercedVariables.emptyVariables(), context, Locale.US);

    assertEquals(
        Map.of(
            "list",
            Arrays.asList(BigInteger.ONE, BigInteger.TWO, new BigDecimal("2.5"), "x", false, null)),
        roundTrip);
  }
}
