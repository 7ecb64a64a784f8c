package dev.krakenmock.contract.document;

import dev.krakenmock.contract.model.ContractModel;
import dev.krakenmock.schema.contract.ExampleValue;
import dev.krakenmock.schema.contract.TypeRef;
import dev.krakenmock.schema.contract.TypeSpec;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values for arguments: the reference's example values, with the placeholders of opaque inputs
 * ({@code "input": PossibleErrorsInputType}) replaced by {@code {}}, and values drawn from the
 * contract's types for the generated queries: known enum values, Kraken's scalar formats, Relay
 * cursors and small pages.
 */
public final class ArgumentValues {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final List<String> WORDS =
      List.of("energia", "luce", "gas", "contatore", "bolletta", "offerta", "cliente", "rete");
  private static final int MAX_PAGE = 3;

  private final ContractModel model;

  public ArgumentValues(ContractModel model) {
    this.model = model;
  }

  /** The JSON of an example value for a variable of the given type. */
  public JsonNode fromExample(ExampleValue value, @Nullable TypeRef type) {
    if (value instanceof ExampleValue.TypeName placeholder) {
      return placeholder(placeholder.name(), type);
    }
    if (value instanceof ExampleValue.Alternatives alternatives) {
      return fromExample(alternatives.options().get(0), type);
    }
    if (value instanceof ExampleValue.ObjectValue object) {
      ObjectNode json = JSON.objectNode();
      object.fields().forEach((name, field) -> json.set(name, fromExample(field, null)));
      return json;
    }
    if (value instanceof ExampleValue.ArrayValue array) {
      ArrayNode json = JSON.arrayNode();
      TypeRef item =
          type != null && type.nullable() instanceof TypeRef.ListOf list ? list.ofType() : null;
      array.elements().forEach(element -> json.add(fromExample(element, item)));
      return json;
    }
    if (value instanceof ExampleValue.StringValue string) {
      return JSON.stringNode(string.value());
    }
    if (value instanceof ExampleValue.NumberValue number) {
      return number.isInteger()
          ? JSON.numberNode(new BigInteger(number.literal()))
          : JSON.numberNode(new BigDecimal(number.literal()));
    }
    if (value instanceof ExampleValue.BooleanValue bool) {
      return JSON.booleanNode(bool.value());
    }
    return JSON.nullNode();
  }

  /** A value of the type, drawn from the contract; {@code argument} names Relay's arguments. */
  public JsonNode generate(String argument, TypeRef type, Random random) {
    TypeRef inner = type.nullable();
    if (inner instanceof TypeRef.ListOf list) {
      ArrayNode values = JSON.arrayNode();
      int size = 1 + random.nextInt(2);
      for (int i = 0; i < size; i++) {
        values.add(generate(argument, list.ofType(), random));
      }
      return values;
    }
    if (argument.equals("first") || argument.equals("last")) {
      return JSON.numberNode(1 + random.nextInt(MAX_PAGE));
    }
    if (argument.equals("after") || argument.equals("before")) {
      String cursor = "arrayconnection:" + random.nextInt(MAX_PAGE);
      return JSON.stringNode(
          Base64.getEncoder().encodeToString(cursor.getBytes(StandardCharsets.US_ASCII)));
    }
    return scalar(inner.name(), random);
  }

  private JsonNode placeholder(String typeName, @Nullable TypeRef type) {
    boolean known = model.type(typeName).isPresent();
    JsonNode documented = documentedElsewhere(typeName);
    JsonNode value = documented != null ? documented
        : !known || isOpaqueInput(typeName) ? JSON.objectNode() : scalar(typeName, new Random(0));
    if (type != null && type.nullable() instanceof TypeRef.ListOf) {
      return JSON.arrayNode().add(value);
    }
    return value;
  }

  /**
   * A value for an opaque input whose fields Kraken documents outside the Queries reference
   * (kraken-api-facts.md, sections 3 and 4: the possibleErrors and queryComplexity queries), so
   * that those operations can be exercised; null for the others.
   */
  static @Nullable JsonNode documentedElsewhere(String typeName) {
    return switch (typeName) {
      case "PossibleErrorsInputType" -> JSON.objectNode()
          .put("name", "account").put("type", "QUERY").put("authErrors", true);
      case "QueryComplexityInputType" -> JSON.objectNode()
          .put("query", "query Account($number: String!) { account(accountNumber: $number) "
              + "{ number balance } }");
      default -> null;
    };
  }

  /** Whether the type is an input the reference names without documenting its fields. */
  public boolean isOpaqueInput(String typeName) {
    Optional<TypeSpec> type = model.type(typeName);
    return type.isPresent()
        && type.get() instanceof TypeSpec.ScalarType scalar
        && scalar.opaqueInput();
  }

  private JsonNode scalar(String typeName, Random random) {
    List<String> values = model.enumValues(typeName);
    if (!values.isEmpty()) {
      return JSON.stringNode(values.get(random.nextInt(values.size())));
    }
    if (isOpaqueInput(typeName)) {
      return JSON.objectNode();
    }
    String word = WORDS.get(random.nextInt(WORDS.size()));
    switch (typeName) {
      case "Int":
        return JSON.numberNode(1 + random.nextInt(5));
      case "Float":
        return JSON.numberNode(random.nextInt(1000) / 10.0);
      case "Boolean":
        return JSON.booleanNode(random.nextBoolean());
      case "ID":
        return JSON.stringNode(String.valueOf(1000 + random.nextInt(9000)));
      case "Date":
        return JSON.stringNode(
            String.format(Locale.ROOT, "2024-%02d-%02d", month(random), day(random)));
      case "DateTime":
        return JSON.stringNode(
            String.format(
                Locale.ROOT,
                "2024-%02d-%02dT%02d:%02d:00.000000+00:00",
                month(random),
                day(random),
                random.nextInt(24),
                random.nextInt(60)));
      case "Decimal":
        return JSON.stringNode(
            random.nextInt(1000) + "." + random.nextInt(10) + random.nextInt(10));
      case "UUID":
        return JSON.stringNode(new UUID(random.nextLong(), random.nextLong()).toString());
      case "JSONString":
        return JSON.stringNode("{}");
      default:
        return JSON.stringNode(word);
    }
  }

  private static int month(Random random) {
    return 1 + random.nextInt(12);
  }

  private static int day(Random random) {
    return 1 + random.nextInt(28);
  }
}
