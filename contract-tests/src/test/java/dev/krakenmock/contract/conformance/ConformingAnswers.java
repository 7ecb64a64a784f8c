package dev.krakenmock.contract.conformance;

import dev.krakenmock.contract.document.FieldSelection;
import dev.krakenmock.contract.document.FragmentSelection;
import dev.krakenmock.contract.document.QueryDocument;
import dev.krakenmock.contract.document.Selection;
import dev.krakenmock.contract.model.ContractModel;
import dev.krakenmock.schema.contract.ArgumentSpec;
import dev.krakenmock.schema.contract.FieldSpec;
import dev.krakenmock.schema.contract.TypeRef;
import dev.krakenmock.schema.contract.TypeSpec;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a target that keeps the contract answers: the introspection of the contract's types, and
 * data for a query document with every selected field filled in with a value of its type. Tests
 * start from these and break one thing.
 */
final class ConformingAnswers {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int LIST_SIZE = 2;

  private final ContractModel model;

  ConformingAnswers(ContractModel model) {
    this.model = model;
  }

  /** The response body {@code {"data": ...}} for the document. */
  ObjectNode response(QueryDocument document) {
    ObjectNode data = JSON.objectNode();
    TypeRef type = model.operation(document.operation()).returnType();
    data.set(document.root().responseKey(), value(type, document.root().selections()));
    ObjectNode response = JSON.objectNode();
    response.set("data", data);
    return response;
  }

  /** The answer to the standard introspection query of a schema that is exactly the contract. */
  ObjectNode introspection() {
    ArrayNode types = JSON.arrayNode();
    for (String scalar : List.of("Int", "Float", "String", "Boolean", "ID")) {
      types.add(JSON.objectNode().put("kind", "SCALAR").put("name", scalar));
    }
    model.types().forEach(type -> types.add(type(type)));
    ObjectNode schema = JSON.objectNode();
    schema.set("queryType", JSON.objectNode().put("name", "Query"));
    schema.set("types", types);
    ObjectNode response = JSON.objectNode();
    response.set("data", JSON.objectNode().set("__schema", schema));
    return response;
  }

  private JsonNode value(TypeRef type, List<Selection> selections) {
    TypeRef inner = type.nullable();
    if (inner instanceof TypeRef.ListOf list) {
      ArrayNode items = JSON.arrayNode();
      for (int i = 0; i < LIST_SIZE; i++) {
        items.add(value(list.ofType(), selections));
      }
      return items;
    }
    String name = inner.name();
    if (model.isComposite(name)) {
      List<String> members = model.possibleTypes(name);
      return object(members.isEmpty() ? name : members.get(0), name, selections);
    }
    List<String> values = model.enumValues(name);
    return values.isEmpty() ? scalar(name) : JSON.stringNode(values.get(0));
  }

  private ObjectNode object(String concrete, String owner, List<Selection> selections) {
    ObjectNode object = JSON.objectNode();
    for (Selection selection : selections) {
      if (selection instanceof FragmentSelection fragment) {
        if (model.fragmentApplies(fragment.typeCondition(), concrete)) {
          object.setAll(object(concrete, fragment.typeCondition(), fragment.selections()));
        }
        continue;
      }
      FieldSelection field = (FieldSelection) selection;
      if (field.isTypename()) {
        object.put(field.responseKey(), concrete);
        continue;
      }
      Optional<FieldSpec> spec =
          model.field(owner, field.name()).or(() -> model.field(concrete, field.name()));
      object.set(
          field.responseKey(),
          spec.map(found -> value(found.type(), field.selections())).orElseGet(JSON::nullNode));
    }
    return object;
  }

  private static JsonNode scalar(String name) {
    switch (name) {
      case "Int":
        return JSON.numberNode(7);
      case "Float":
        return JSON.numberNode(1.5);
      case "Boolean":
        return JSON.booleanNode(true);
      case "ID":
        return JSON.stringNode("73493792");
      case "Date":
        return JSON.stringNode("2024-01-31");
      case "DateTime":
        return JSON.stringNode("2024-01-31T10:15:00.123456+00:00");
      case "Decimal":
        return JSON.stringNode("12.50");
      case "UUID":
        return JSON.stringNode("8d6e6a0c-6b1a-4a57-9d0c-2f0f4f1e7a11");
      default:
        return JSON.stringNode("testo");
    }
  }

  private ObjectNode type(TypeSpec spec) {
    ObjectNode type = JSON.objectNode().put("name", spec.name());
    if (spec instanceof TypeSpec.ObjectType || spec instanceof TypeSpec.InterfaceType) {
      type.put("kind", spec instanceof TypeSpec.ObjectType ? "OBJECT" : "INTERFACE");
      ArrayNode fields = type.putArray("fields");
      List<FieldSpec> documented =
          spec instanceof TypeSpec.ObjectType object
              ? object.fields()
              : ((TypeSpec.InterfaceType) spec).fields();
      documented.forEach(field -> fields.add(field(field)));
      ArrayNode possible = type.putArray("possibleTypes");
      if (spec instanceof TypeSpec.InterfaceType) {
        model.possibleTypes(spec.name()).forEach(name -> possible.add(named(name)));
      }
    } else if (spec instanceof TypeSpec.UnionType union) {
      type.put("kind", "UNION");
      ArrayNode possible = type.putArray("possibleTypes");
      union.members().forEach(name -> possible.add(named(name)));
    } else if (spec instanceof TypeSpec.EnumType enumType) {
      type.put("kind", "ENUM");
      ArrayNode values = type.putArray("enumValues");
      enumType.values().forEach(value -> values.add(JSON.objectNode().put("name", value)));
    } else {
      type.put("kind", "SCALAR");
    }
    return type;
  }

  private ObjectNode field(FieldSpec field) {
    ObjectNode introspected = JSON.objectNode().put("name", field.name());
    ArrayNode arguments = introspected.putArray("args");
    for (ArgumentSpec argument : field.arguments()) {
      ObjectNode introspectedArgument = JSON.objectNode().put("name", argument.name());
      introspectedArgument.set("type", typeRef(argument.type()));
      introspectedArgument.putNull("defaultValue");
      arguments.add(introspectedArgument);
    }
    introspected.set("type", typeRef(field.type()));
    return introspected;
  }

  ObjectNode typeRef(TypeRef type) {
    if (type instanceof TypeRef.NonNull nonNull) {
      ObjectNode wrapper = JSON.objectNode().put("kind", "NON_NULL");
      wrapper.set("ofType", typeRef(nonNull.ofType()));
      return wrapper;
    }
    if (type instanceof TypeRef.ListOf list) {
      ObjectNode wrapper = JSON.objectNode().put("kind", "LIST");
      wrapper.set("ofType", typeRef(list.ofType()));
      return wrapper;
    }
    return named(type.name());
  }

  private ObjectNode named(String name) {
    String kind =
        model
            .type(name)
            .map(
                spec ->
                    spec instanceof TypeSpec.ObjectType
                        ? "OBJECT"
                        : spec instanceof TypeSpec.InterfaceType
                            ? "INTERFACE"
                            : spec instanceof TypeSpec.UnionType
                                ? "UNION"
                                : spec instanceof TypeSpec.EnumType ? "ENUM" : "SCALAR")
            .orElse("SCALAR");
    return JSON.objectNode().put("kind", kind).put("name", name);
  }
}
