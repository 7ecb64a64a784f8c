package dev.krakenmock.server.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.schema.sdl.GeneratedSchema;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The meta-query types' documented fields, filled in where the reference left them opaque. */
class MetaQueryTypesTest {

  private static final GraphQLSchema FILLED = UnExecutableSchemaGenerator.makeUnExecutableSchema(
      new SchemaParser().parse(MetaQueryTypes.withDocumentedFields(GeneratedSchema.sdl())));

  private static List<String> fields(String type) {
    return ((GraphQLObjectType) FILLED.getType(type)).getFieldDefinitions().stream()
        .map(field -> field.getName()).toList();
  }

  @Test
  void fillsInTheThreeOpaqueTypes() {
    assertEquals(List.of("code", "message", "description", "type"), fields("PossibleErrorType"));
    assertEquals(List.of("limit", "remainingPoints", "usedPoints", "ttl", "isBlocked"),
        fields("PointsAllowanceRateLimitInformation"));
    assertEquals(List.of("field", "rate", "ttl", "isBlocked"),
        fields("FieldSpecificRateLimitInformationType"));
  }

  @Test
  void makesThemOrdinaryTypesAndKeepsTheirOtherDirectives() {
    GraphQLObjectType type = (GraphQLObjectType) FILLED.getType(
        "FieldSpecificRateLimitInformationType");
    assertFalse(OpaqueSelections.isOpaque(type));
    assertNotNull(type.getDefinition().getDirectives("inferredName").get(0));
    assertEquals(0, type.getDefinition().getDirectives("opaque").size());
  }

  @Test
  void leavesTheRestOfTheSchemaAsItWas() {
    String sdl = GeneratedSchema.sdl();
    String filled = MetaQueryTypes.withDocumentedFields(sdl);
    assertEquals(sdl.lines().filter(line -> line.contains("_opaque: Boolean")).count() - 3,
        filled.lines().filter(line -> line.contains("_opaque: Boolean")).count());
  }

  @Test
  void leavesASchemaThatDefinesTheTypesUnchanged() {
    String own = """
        type Query { possibleErrors: PossibleErrorType }
        type PossibleErrorType { code: String }""";
    assertEquals(own, MetaQueryTypes.withDocumentedFields(own));
  }

  @Test
  void findsATypeOnTheFirstLineAndSkipsTypesWhoseNameOnlyStartsTheSame() {
    String sdl = """
        type PossibleErrorType @opaque(reason: "none (yet)") { _opaque: Boolean }
        "Longer name."
        type PossibleErrorTypeList { _opaque: Boolean }
        type Query { possibleErrors: PossibleErrorType }""";
    String filled = MetaQueryTypes.withDocumentedFields(sdl);
    assertTrue(filled.startsWith("\"A possible error of an operation"), filled);
    assertTrue(filled.contains("\"Longer name.\"\ntype PossibleErrorTypeList { _opaque: Boolean }"),
        filled);
    assertEquals(1, filled.lines().filter(line -> line.contains("_opaque")).count(), filled);
    assertFalse(filled.contains("@opaque"), filled);
  }

  @Test
  void replacesTheTypesDescriptionWithItsOwn() {
    String sdl = """
        type Query { rate: PointsAllowanceRateLimitInformation }

        "Opaque: named only."
        type PointsAllowanceRateLimitInformation @inferredName {
          "Marker."
          _opaque: Boolean
        }
        type Other { _opaque: Boolean }""";
    String filled = MetaQueryTypes.withDocumentedFields(sdl);
    assertFalse(filled.contains("Opaque: named only."), filled);
    assertTrue(filled.contains("type PointsAllowanceRateLimitInformation @inferredName {"), filled);
    assertTrue(filled.startsWith("type Query { rate: PointsAllowanceRateLimitInformation }\n\n"
        + "\"The viewer's hourly points allowance"), filled);
    assertTrue(filled.endsWith("}\ntype Other { _opaque: Boolean }"), filled);
  }
}
