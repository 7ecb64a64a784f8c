package dev.krakenmock.contract.conformance;

import dev.krakenmock.schema.contract.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A target's schema as the standard introspection query returns it, reduced to what the checks
 * compare: each type's kind, fields with their types and arguments, enum values and possible types.
 */
public final class IntrospectedSchema {

  private final String queryTypeName;
  private final Map<String, IntrospectedType> types;

  private IntrospectedSchema(String queryTypeName, Map<String, IntrospectedType> types) {
    this.queryTypeName = queryTypeName;
    this.types = types;
  }

  /** A type as introspection shows it. */
  public record IntrospectedType(
      String kind,
      String name,
      Map<String, IntrospectedField> fields,
      List<String> enumValues,
      List<String> possibleTypes) {}

  /** A field: its type, and its arguments by name. */
  public record IntrospectedField(
      String name, TypeRef type, Map<String, IntrospectedArgument> arguments) {}

  /** An argument: its type and whether it has a default value. */
  public record IntrospectedArgument(String name, TypeRef type, boolean hasDefault) {}

  /** Reads {@code data.__schema} (or {@code __schema}) of an introspection response. */
  public static IntrospectedSchema from(JsonNode response) {
    JsonNode schema =
        response.has("data") ? response.path("data").path("__schema") : response.path("__schema");
    if (!schema.isObject()) {
      throw new IntrospectionUnavailableException(
          "the answer holds no __schema: " + ResponseJudge.abbreviated(String.valueOf(response)));
    }
    Map<String, IntrospectedType> types = new LinkedHashMap<>();
    for (JsonNode type : schema.path("types")) {
      IntrospectedType read = type(type);
      types.put(read.name(), read);
    }
    return new IntrospectedSchema(schema.path("queryType").path("name").asString("Query"), types);
  }

  public String queryTypeName() {
    return queryTypeName;
  }

  public Optional<IntrospectedType> type(String name) {
    return Optional.ofNullable(types.get(name));
  }

  /** The query type's fields, by name. */
  public Map<String, IntrospectedField> queryFields() {
    return type(queryTypeName).map(IntrospectedType::fields).orElse(Map.of());
  }

  private static IntrospectedType type(JsonNode type) {
    Map<String, IntrospectedField> fields = new LinkedHashMap<>();
    for (JsonNode field : type.path("fields")) {
      Map<String, IntrospectedArgument> arguments = new LinkedHashMap<>();
      for (JsonNode argument : field.path("args")) {
        String name = argument.path("name").asString("");
        JsonNode defaultValue = argument.path("defaultValue");
        arguments.put(
            name,
            new IntrospectedArgument(
                name,
                typeRef(argument.path("type")),
                !defaultValue.isMissingNode() && !defaultValue.isNull()));
      }
      String name = field.path("name").asString("");
      fields.put(name, new IntrospectedField(name, typeRef(field.path("type")), arguments));
    }
    return new IntrospectedType(
        type.path("kind").asString(""),
        type.path("name").asString(""),
        fields,
        names(type.path("enumValues")),
        names(type.path("possibleTypes")));
  }

  private static List<String> names(JsonNode list) {
    List<String> names = new ArrayList<>();
    list.forEach(entry -> names.add(entry.path("name").asString("")));
    return names;
  }

  private static TypeRef typeRef(JsonNode type) {
    String kind = type.path("kind").asString("");
    if (kind.equals("NON_NULL")) {
      return new TypeRef.NonNull(typeRef(type.path("ofType")));
    }
    if (kind.equals("LIST")) {
      return new TypeRef.ListOf(typeRef(type.path("ofType")));
    }
    return new TypeRef.Named(type.path("name").asString("?"));
  }
}
