package dev.krakenmock.contract.conformance;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;
import dev.krakenmock.contract.document.FieldSelection;
import dev.krakenmock.contract.document.FragmentSelection;
import dev.krakenmock.contract.document.QueryDocument;
import dev.krakenmock.contract.document.Selection;
import dev.krakenmock.contract.model.ContractModel;
import dev.krakenmock.schema.contract.FieldSpec;
import dev.krakenmock.schema.contract.TypeRef;
import dev.krakenmock.schema.contract.TypeSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema of the {@code data} a query document must return, generated for exactly its
 * selection set: one property per response key (aliases included), every one required and no other
 * allowed; nullability and list shapes from the contract's types; enum values; Kraken's Date,
 * DateTime, Decimal and UUID formats (as {@code KrakenScalars} defines them; {@code JSONString} and
 * {@code GenericScalar} hold any value); and, on unions and interfaces, one branch per member
 * chosen by {@code __typename}, holding the fields of the fragments that apply to it.
 */
public final class ResponseShape {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String DIALECT = "https://krakenmock.dev/contract-suite/response-schema";
  private static final SchemaRegistry REGISTRY = registry();
  private static final Pattern LIST_INDEX = Pattern.compile("\\[\\d+]");

  private final ContractModel model;

  public ResponseShape(ContractModel model) {
    this.model = model;
  }

  /** The schema of {@code data} for the document. */
  public ObjectNode dataSchema(QueryDocument document) {
    TypeRef type = model.operation(document.operation()).returnType();
    FieldSelection root = document.root();
    ObjectNode properties = JSON.objectNode();
    properties.set(root.responseKey(), field(type, root.selections()));
    ObjectNode schema = JSON.objectNode().put("type", "object");
    schema.set("properties", properties);
    schema.set("required", JSON.arrayNode().add(root.responseKey()));
    return schema.put("additionalProperties", false);
  }

  /** Where {@code data} departs from the document's schema, with {@code data.}-rooted paths. */
  public List<Departure> validate(QueryDocument document, JsonNode data) {
    Schema schema = REGISTRY.getSchema(dataSchema(document));
    List<Error> errors =
        schema.validate(
            data,
            context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
    // The same fault in every item of a list is reported once, at its first item.
    Map<String, Departure> first = new LinkedHashMap<>();
    Map<String, Integer> repeats = new LinkedHashMap<>();
    for (Error error : errors) {
      String path = path(error);
      String key = LIST_INDEX.matcher(path).replaceAll("[]") + " " + error.getKeyword();
      first.putIfAbsent(key, new Departure(path, problem(error)));
      repeats.merge(key, 1, Integer::sum);
    }
    List<Departure> departures = new ArrayList<>();
    first.forEach(
        (key, departure) -> {
          int more = repeats.get(key) - 1;
          departures.add(
              more == 0
                  ? departure
                  : new Departure(
                      departure.path(),
                      departure.problem() + " (and in " + more + " more list items)"));
        });
    return departures;
  }

  private ObjectNode field(TypeRef type, List<Selection> selections) {
    if (type instanceof TypeRef.NonNull nonNull) {
      return value(nonNull.ofType(), selections, false);
    }
    return value(type, selections, true);
  }

  private ObjectNode value(TypeRef type, List<Selection> selections, boolean nullable) {
    if (type instanceof TypeRef.ListOf list) {
      ObjectNode schema = typed("array", nullable);
      schema.set("items", field(list.ofType(), selections));
      return schema;
    }
    String name = type.name();
    if (model.isComposite(name)) {
      return object(name, selections, nullable);
    }
    List<String> values = model.enumValues(name);
    if (!values.isEmpty()) {
      ArrayNode allowed = JSON.arrayNode();
      values.forEach(allowed::add);
      if (nullable) {
        allowed.addNull();
      }
      ObjectNode schema = JSON.objectNode();
      schema.set("enum", allowed);
      return schema;
    }
    return scalar(name, nullable);
  }

  private static ObjectNode scalar(String name, boolean nullable) {
    switch (name) {
      case "Int":
        return typed("integer", nullable)
            .put("minimum", Integer.MIN_VALUE)
            .put("maximum", Integer.MAX_VALUE);
      case "Float":
        return typed("number", nullable);
      case "Boolean":
        return typed("boolean", nullable);
      case "String":
      case "ID":
        return typed("string", nullable);
      default:
        break;
    }
    if (KrakenScalarFormat.SCALARS.contains(name)) {
      return typed("string", nullable).put("format", name);
    }
    ObjectNode any = JSON.objectNode();
    if (!nullable) {
      any.set("not", JSON.objectNode().put("type", "null"));
    }
    return any;
  }

  private ObjectNode object(String typeName, List<Selection> selections, boolean nullable) {
    List<String> members = model.possibleTypes(typeName);
    if (!model.isAbstract(typeName) || members.isEmpty()) {
      return closedObject(typeName, typeName, selections, nullable);
    }
    ObjectNode schema = typed("object", nullable);
    ArrayNode names = JSON.arrayNode();
    members.forEach(names::add);
    ObjectNode typename = JSON.objectNode();
    typename.set("enum", names);
    schema.set("properties", JSON.objectNode().set(FieldSelection.TYPENAME, typename));
    ArrayNode branches = JSON.arrayNode();
    for (String member : members) {
      ObjectNode condition = JSON.objectNode().put("type", "object");
      condition.set(
          "properties",
          JSON.objectNode().set(FieldSelection.TYPENAME, JSON.objectNode().put("const", member)));
      condition.set("required", JSON.arrayNode().add(FieldSelection.TYPENAME));
      ObjectNode branch = JSON.objectNode();
      branch.set("if", condition);
      branch.set("then", closedObject(member, typeName, selections, false));
      branches.add(branch);
    }
    schema.set("allOf", branches);
    return schema;
  }

  /**
   * An object of type {@code concrete}, selected on {@code context} (itself or an abstract type).
   */
  private ObjectNode closedObject(
      String concrete, String context, List<Selection> selections, boolean nullable) {
    Map<String, Selected> fields = new LinkedHashMap<>();
    flatten(concrete, context, selections, fields);
    ObjectNode properties = JSON.objectNode();
    ArrayNode required = JSON.arrayNode();
    fields.forEach(
        (key, selected) -> {
          properties.set(key, selectedField(concrete, context, selected));
          required.add(key);
        });
    ObjectNode schema = typed("object", nullable);
    schema.set("properties", properties);
    schema.set("required", required);
    return schema.put("additionalProperties", false);
  }

  private ObjectNode selectedField(String concrete, String context, Selected selected) {
    if (selected.name().equals(FieldSelection.TYPENAME)) {
      return typenameOf(concrete);
    }
    Optional<FieldSpec> spec =
        model
            .field(selected.owner(), selected.name())
            .or(() -> model.field(concrete, selected.name()))
            .or(() -> model.field(context, selected.name()));
    // A field the contract does not know has no shape to check; the documents select none.
    return spec.map(field -> field(field.type(), selected.selections()))
        .orElseGet(JSON::objectNode);
  }

  private ObjectNode typenameOf(String concrete) {
    Optional<TypeSpec> type = model.type(concrete);
    boolean exact =
        type.isPresent()
            && type.get() instanceof TypeSpec.ObjectType
            && type.get().nameInferredFrom().isEmpty();
    return exact
        ? JSON.objectNode().put("const", concrete)
        : JSON.objectNode().put("type", "string");
  }

  private void flatten(
      String concrete, String owner, List<Selection> selections, Map<String, Selected> fields) {
    for (Selection selection : selections) {
      if (selection instanceof FieldSelection field) {
        Selected earlier = fields.get(field.responseKey());
        List<Selection> children = new ArrayList<>(field.selections());
        if (earlier != null) {
          children.addAll(0, earlier.selections());
        }
        fields.put(field.responseKey(), new Selected(field.name(), owner, children));
      } else {
        FragmentSelection fragment = (FragmentSelection) selection;
        String condition = fragment.typeCondition();
        if (condition.equals(owner) || model.fragmentApplies(condition, concrete)) {
          flatten(concrete, condition, fragment.selections(), fields);
        }
      }
    }
  }

  private record Selected(String name, String owner, List<Selection> selections) {}

  private static ObjectNode typed(String type, boolean nullable) {
    ObjectNode schema = JSON.objectNode();
    if (nullable) {
      schema.set("type", JSON.arrayNode().add(type).add("null"));
    } else {
      schema.put("type", type);
    }
    return schema;
  }

  private static String path(Error error) {
    StringBuilder path = new StringBuilder("data");
    NodePath location = error.getInstanceLocation();
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      if (element instanceof Integer index) {
        path.append('[').append(index).append(']');
      } else {
        path.append('.').append(element);
      }
    }
    boolean aboutAProperty =
        "required".equals(error.getKeyword()) || "additionalProperties".equals(error.getKeyword());
    if (aboutAProperty && error.getProperty() != null) {
      path.append('.').append(error.getProperty());
    }
    return path.toString();
  }

  private static String problem(Error error) {
    String keyword = String.valueOf(error.getKeyword());
    JsonNode instance = error.getInstanceNode();
    switch (keyword) {
      case "required":
        return "missing: the selection asks for it";
      case "additionalProperties":
        return "not selected: the response holds a key the query did not ask for";
      case "type":
        return instance != null && instance.isNull()
            ? "null, but the contract says it is non-null"
            : "wrong type: " + error.getMessage() + " (" + abbreviated(instance) + ")";
      case "format":
        return "not in Kraken's format: " + error.getMessage() + " (" + abbreviated(instance) + ")";
      case "enum":
      case "const":
        return "not a value the contract knows: " + abbreviated(instance);
      default:
        return error.getMessage();
    }
  }

  private static String abbreviated(JsonNode node) {
    String text = String.valueOf(node);
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  private static SchemaRegistry registry() {
    Dialect.Builder dialect = Dialect.builder(DIALECT, Dialects.getDraft202012());
    KrakenScalarFormat.SCALARS.forEach(scalar -> dialect.format(new KrakenScalarFormat(scalar)));
    return SchemaRegistry.withDefaultDialect(dialect.build());
  }
}
