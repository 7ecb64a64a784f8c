package dev.krakenmock.server.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.krakenmock.schema.sdl.GeneratedSchema;
import graphql.GraphQLError;
import graphql.introspection.IntrospectionResultToSchema;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.errors.SchemaProblem;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The SDL the server serves, and where it came from: the schema generated from Kraken's reference,
 * or a file of the user's own, such as the introspection result of a real Kraken instance. A file
 * may hold SDL or introspection JSON ({@code {"data":{"__schema":…}}} or {@code {"__schema":…}});
 * its content decides which, not its name. A source is checked when it is made, so a broken file
 * fails at start-up with its name in the message.
 *
 * <pre>{@code
 * SchemaSource source = SchemaSource.fromFile(Path.of("kraken-introspection.json"));
 * GraphqlEngine engine = GraphqlEngine.fromSdl(source.sdl());
 * }</pre>
 */
public final class SchemaSource {

  /** Made only for introspection files: loading Jackson would lengthen every other start. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }
  private static final TypeReference<Object> ANY = new TypeReference<>() {};
  private static final String SCHEMA_KEY = "__schema";
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /** A type-system keyword at the start of a line: the text means to be SDL. */
  private static final Pattern SDL_KEYWORD =
      Pattern.compile(
          "(?m)^\\s*(extend\\s+)?(schema|type|interface|union|enum|input|scalar|directive)\\b");

  private final String sdl;
  private final String origin;

  private SchemaSource(String sdl, String origin) {
    this.sdl = sdl;
    this.origin = origin;
  }

  /** The schema generated from Kraken's reference, as committed in the schema module. */
  public static SchemaSource generated() {
    return new SchemaSource(GeneratedSchema.sdl(), "the generated Kraken schema");
  }

  /**
   * The schema in {@code file}, SDL or introspection JSON.
   *
   * @throws IllegalArgumentException naming the file, when it is missing or unreadable, holds
   *     neither SDL nor introspection JSON, or does not describe a valid schema (with
   *     graphql-java's reasons)
   */
  public static SchemaSource fromFile(Path file) {
    String origin = file.toString();
    if (!Files.exists(file)) {
      throw problem(origin, "does not exist");
    }
    if (Files.isDirectory(file)) {
      throw problem(origin, "is a directory, not a file");
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw problem(origin, "is not UTF-8 text", e);
    } catch (AccessDeniedException e) {
      throw problem(origin, "is not readable (permission denied)", e);
    } catch (IOException e) {
      throw problem(origin, "could not be read: " + e, e);
    }
    return fromText(text, origin);
  }

  /**
   * The schema in {@code text}, SDL or introspection JSON, as if read from a file.
   *
   * @param origin where the text comes from, for messages
   * @throws IllegalArgumentException as {@link #fromFile}
   */
  public static SchemaSource fromText(String text, String origin) {
    String content = text.indexOf(BYTE_ORDER_MARK) == 0 ? text.substring(1) : text;
    String start = content.stripLeading();
    if (start.isEmpty()) {
      throw problem(origin, "is empty");
    }
    if (start.startsWith("{") || start.startsWith("[")) {
      return new SchemaSource(checked(introspectionToSdl(content, origin), origin), origin);
    }
    return new SchemaSource(checked(content, origin), origin);
  }

  /** The schema as SDL text. */
  public String sdl() {
    return sdl;
  }

  /** Where the schema comes from: the file as given, or the generated schema. */
  public String origin() {
    return origin;
  }

  @Override
  public String toString() {
    return "SchemaSource[" + origin + "]";
  }

  private static String introspectionToSdl(String json, String origin) {
    Object root;
    try {
      root = Json.MAPPER.readValue(json, ANY);
    } catch (JsonProcessingException e) {
      throw problem(
          origin,
          "starts like JSON but does not parse: " + e.getOriginalMessage() + " " + where(e),
          e);
    }
    Map<String, Object> holder = schemaHolder(root, origin);
    if (!(holder.get(SCHEMA_KEY) instanceof Map)) {
      throw problem(origin, "is not an introspection result: \"__schema\" is not an object");
    }
    Document document;
    try {
      document = new IntrospectionResultToSchema().createSchemaDefinition(holder);
    } catch (RuntimeException e) {
      // graphql-java asserts and casts as it walks the result, so a gap shows up as any of these.
      throw problem(
          origin, "is an incomplete or malformed introspection result: " + e.getMessage(), e);
    }
    return AstPrinter.printAst(document);
  }

  /** The object holding {@code __schema}: the root itself, or its {@code data}. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> schemaHolder(Object root, String origin) {
    if (!(root instanceof Map<?, ?> object)) {
      throw problem(origin, "is JSON but not an introspection result: it is not an object");
    }
    if (object.containsKey(SCHEMA_KEY)) {
      return (Map<String, Object>) object;
    }
    if (object.get("data") instanceof Map<?, ?> data && data.containsKey(SCHEMA_KEY)) {
      return (Map<String, Object>) data;
    }
    if (object.get("errors") instanceof List<?> errors && !errors.isEmpty()) {
      throw problem(
          origin,
          "is an introspection response without a schema; its errors: " + errorMessages(errors));
    }
    throw problem(
        origin,
        "is JSON but not an introspection result: expected {\"data\":{\"__schema\":…}} or"
            + " {\"__schema\":…}");
  }

  private static String errorMessages(List<?> errors) {
    return errors.stream()
        .map(error -> error instanceof Map<?, ?> map ? map.get("message") : error)
        .map(String::valueOf)
        .collect(Collectors.joining("; "));
  }

  /** The SDL, once graphql-java has built a schema from it. */
  private static String checked(String sdl, String origin) {
    try {
      SchemaGenerator.createdMockedSchema(sdl);
      return sdl;
    } catch (SchemaProblem e) {
      String reasons =
          e.getErrors().stream().map(GraphQLError::getMessage).collect(Collectors.joining("; "));
      throw problem(origin, invalidSdl(sdl) + reasons, e);
    } catch (RuntimeException e) {
      throw problem(origin, invalidSdl(sdl) + e.getMessage(), e);
    }
  }

  private static String invalidSdl(String sdl) {
    return SDL_KEYWORD.matcher(sdl).find()
        ? "is not a valid GraphQL schema: "
        : "is neither SDL nor introspection JSON: ";
  }

  private static String where(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : "(line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ")";
  }

  private static IllegalArgumentException problem(String origin, String problem) {
    return new IllegalArgumentException("Schema file '" + origin + "' " + problem);
  }

  private static IllegalArgumentException problem(String origin, String problem, Exception cause) {
    return new IllegalArgumentException("Schema file '" + origin + "' " + problem, cause);
  }
}
