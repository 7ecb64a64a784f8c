package dev.krakenmock.server.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.krakenmock.schema.sdl.GeneratedSchema;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.introspection.IntrospectionQuery;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaSourceTest {

  private static final String SMALL_SDL =
      """
      "A date and time with a numeric offset."
      scalar DateTime

      "The currency of an amount."
      enum Currency {
        EUR
        USD @deprecated(reason: "Italy pays in euros.")
      }

      interface Node {
        id: ID!
      }

      type Account implements Node {
        id: ID!
        number: String!
        balance(currency: Currency = EUR): Int
        openedAt: DateTime
        tags: [String!]!
      }

      type Meter implements Node {
        id: ID!
        serialNumber: String @deprecated(reason: "Use identifiers.")
      }

      union SearchResult = Account | Meter

      "What to look for."
      input AccountFilter {
        number: String
        openedAfter: DateTime
        limit: Int = 10
        currencies: [Currency!]
      }

      type Query {
        "Find an account by its number."
        account(accountNumber: String!): Account
        search(filter: AccountFilter!, first: Int): [SearchResult]!
        node(id: ID!): Node
      }

      type Mutation {
        updateAccount(input: AccountFilter!): Account!
      }
      """;

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path directory;

  @Test
  void convertsAnIntrospectionResponseBackToTheSameSchema() throws IOException {
    Path file = write("introspection.json", introspectionResponse(SMALL_SDL));

    SchemaSource source = SchemaSource.fromFile(file);

    assertEquals(printed(SMALL_SDL), printed(source.sdl()));
    assertEquals(file.toString(), source.origin());
  }

  @Test
  void keepsTypesFieldsArgumentsAndNullabilityOfAnIntrospectionResult() throws IOException {
    String sdl =
        SchemaSource.fromFile(write("schema.json", introspectionResponse(SMALL_SDL))).sdl();

    for (String expected :
        List.of(
            "scalar DateTime",
            "interface Node",
            "type Account implements Node",
            "balance(currency: Currency = EUR): Int",
            "tags: [String!]!",
            "union SearchResult = Account | Meter",
            "input AccountFilter",
            "limit: Int = 10",
            "search(filter: AccountFilter!, first: Int): [SearchResult]!",
            "updateAccount(input: AccountFilter!): Account!",
            "USD @deprecated(reason: \"Italy pays in euros.\")",
            "\"Find an account by its number.\"")) {
      assertTrue(sdl.contains(expected), () -> expected + " missing from:\n" + sdl);
    }
  }

  @Test
  void acceptsTheBareSchemaObjectOfIntrospectionTools() throws IOException {
    Object bare = data(introspectionResponse(SMALL_SDL));

    SchemaSource source = SchemaSource.fromFile(write("schema.graphql.json", bare));

    assertEquals(printed(SMALL_SDL), printed(source.sdl()));
  }

  @Test
  void acceptsErrorsAndExtensionsBesideTheData() throws IOException {
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("errors", List.of(Map.of("message", "Field 'x' is deprecated.")));
    response.put("data", data(introspectionResponse(SMALL_SDL)));
    response.put("extensions", Map.of("cost", 1));

    SchemaSource source = SchemaSource.fromFile(write("response.json", response));

    assertEquals(printed(SMALL_SDL), printed(source.sdl()));
  }

  @Test
  void readsSdlAsItIs() throws IOException {
    Path file = directory.resolve("kraken.graphqls");
    Files.writeString(file, SMALL_SDL);

    assertEquals(SMALL_SDL, SchemaSource.fromFile(file).sdl());
  }

  @Test
  void detectsTheFormatByContentNotByName() throws IOException {
    Path sdlNamedJson = directory.resolve("schema.json");
    Files.writeString(sdlNamedJson, "\uFEFF" + SMALL_SDL);
    Path jsonNamedSdl = write("schema.graphqls", introspectionResponse(SMALL_SDL));

    assertEquals(SMALL_SDL, SchemaSource.fromFile(sdlNamedJson).sdl());
    assertEquals(printed(SMALL_SDL), printed(SchemaSource.fromFile(jsonNamedSdl).sdl()));
  }

  @Test
  void roundTripsTheIntrospectionOfTheWholeGeneratedSchema() throws IOException {
    String generated = GeneratedSchema.sdl();

    SchemaSource source =
        SchemaSource.fromFile(write("kraken-introspection.json", introspectionResponse(generated)));

    // Introspection drops applied custom directives (@opaque, @partiallyKnown, @inferredName) by
    // design, so the comparison leaves them out; their definitions survive.
    SchemaPrinter printer =
        new SchemaPrinter(
            SchemaPrinter.Options.defaultOptions()
                .includeDirectives(name -> name.equals("deprecated")));
    assertEquals(
        printer.print(SchemaGenerator.createdMockedSchema(generated)),
        printer.print(SchemaGenerator.createdMockedSchema(source.sdl())));
  }

  @Test
  void servesTheGeneratedSchemaByDefault() {
    SchemaSource source = SchemaSource.generated();

    assertEquals(GeneratedSchema.sdl(), source.sdl());
    assertEquals("the generated Kraken schema", source.origin());
  }

  @Test
  void namesAMissingFile() {
    Path missing = directory.resolve("missing.graphqls");

    assertEquals("Schema file '" + missing + "' does not exist", failure(missing).getMessage());
  }

  @Test
  void namesADirectory() {
    assertTrue(failure(directory).getMessage().endsWith("is a directory, not a file"));
  }

  @Test
  void rejectsAFileThatIsNotText() throws IOException {
    Path binary = directory.resolve("schema.bin");
    Files.write(binary, new byte[] {(byte) 0xC3, (byte) 0x28, 0x00, (byte) 0xFF});

    assertTrue(failure(binary).getMessage().endsWith("is not UTF-8 text"));
  }

  @Test
  void rejectsAnEmptyFile() throws IOException {
    Path empty = directory.resolve("empty.graphqls");
    Files.writeString(empty, " \n ");

    assertTrue(failure(empty).getMessage().endsWith("is empty"));
  }

  @Test
  void rejectsTextThatIsNeitherSdlNorJson() throws IOException {
    Path notes = directory.resolve("notes.txt");
    Files.writeString(notes, "Remember to ask Kraken for the schema.");

    String message = failure(notes).getMessage();

    assertTrue(
        message.startsWith("Schema file '" + notes + "' is neither SDL nor introspection JSON: "),
        message);
  }

  @Test
  void rejectsAQueryDocument() throws IOException {
    Path query = directory.resolve("query.graphql");
    Files.writeString(query, "query { viewer { id } }");

    assertTrue(failure(query).getMessage().contains("is neither SDL nor introspection JSON"));
  }

  @Test
  void reportsGraphqlJavasReasonsForInvalidSdl() throws IOException {
    Path broken = directory.resolve("broken.graphqls");
    Files.writeString(broken, "type Query {\n  account: AccountType\n}\n");

    String message = failure(broken).getMessage();

    assertTrue(message.startsWith("Schema file '" + broken + "' is not a valid GraphQL schema: "));
    assertTrue(message.contains("AccountType"), message);
  }

  @Test
  void reportsSyntaxErrorsInSdl() throws IOException {
    Path broken = directory.resolve("broken.graphqls");
    Files.writeString(broken, "type Query {\n  account: \n");

    String message = failure(broken).getMessage();

    assertTrue(message.contains("is not a valid GraphQL schema: "), message);
    assertTrue(message.contains("line"), message);
  }

  @Test
  void reportsJsonThatDoesNotParse() throws IOException {
    Path broken = directory.resolve("schema.json");
    Files.writeString(broken, "{\"data\": {\"__schema\": ");

    String message = failure(broken).getMessage();

    assertTrue(message.contains("starts like JSON but does not parse"), message);
    assertTrue(message.contains("line 1"), message);
  }

  @Test
  void reportsJsonThatIsNotAnIntrospectionResult() throws IOException {
    Path other = write("package.json", Map.of("name", "kraken-client"));

    assertTrue(failure(other).getMessage().contains("is JSON but not an introspection result"));
  }

  @Test
  void reportsTheErrorsOfAFailedIntrospection() throws IOException {
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("errors", List.of(Map.of("message", "Introspection is disabled.")));
    response.put("data", null);

    String message = failure(write("response.json", response)).getMessage();

    assertTrue(message.contains("without a schema; its errors: Introspection is disabled."));
  }

  @Test
  void reportsAnIncompleteIntrospectionResult() throws IOException {
    Path partial = write("partial.json", Map.of("__schema", Map.of("types", List.of())));

    String message = failure(partial).getMessage();

    assertTrue(message.contains("is an incomplete or malformed introspection result"), message);
  }

  private IllegalArgumentException failure(Path file) {
    return assertThrows(IllegalArgumentException.class, () -> SchemaSource.fromFile(file));
  }

  private Path write(String name, Object json) throws IOException {
    Path file = directory.resolve(name);
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json);
    return file;
  }

  /** What a client receives for the standard introspection query. */
  private static Map<String, Object> introspectionResponse(String sdl) {
    GraphQLSchema schema = SchemaGenerator.createdMockedSchema(sdl);
    ExecutionResult result =
        GraphQL.newGraphQL(schema).build().execute(IntrospectionQuery.INTROSPECTION_QUERY);
    assertTrue(result.getErrors().isEmpty(), () -> result.getErrors().toString());
    return result.toSpecification();
  }

  private static Object data(Map<String, Object> response) {
    return response.get("data");
  }

  private static String printed(String sdl) {
    return new SchemaPrinter().print(SchemaGenerator.createdMockedSchema(sdl));
  }
}
