package dev.krakenmock.server.engine;

import dev.krakenmock.server.data.Seed;
import dev.krakenmock.server.data.ValueGenerator;
import dev.krakenmock.server.data.ValueKind;
import dev.krakenmock.server.data.ValueRequest;
import dev.krakenmock.server.engine.MockValues.MockConnection;
import dev.krakenmock.server.engine.MockValues.MockObject;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The generated entity graph: every value is a pure function of the server seed, the identity of
 * the object holding it, the field and its arguments. An object with a natural key ({@code
 * number}, else {@code id}) is identified by its type and key, whichever path reaches it, so
 * {@code account(accountNumber: "A-1")} and {@code viewer { accounts }} agree on the same
 * account; a root argument that names the key ({@code accountNumber}, {@code id}, {@code
 * number}, {@code propertyId}, …) is carried back in the answer.
 */
final class EntityGraph {

  static final Set<String> PAGINATION_ARGUMENTS = Set.of("first", "last", "after", "before");
  private static final List<String> KEY_FIELDS = List.of("number", "id");

  private final GraphQLSchema schema;
  private final long seed;
  private final ValueGenerator generator;
  private final int listSize;
  private final int connectionSize;

  EntityGraph(GraphQLSchema schema, long seed, ValueGenerator generator, int listSize,
      int connectionSize) {
    this.schema = schema;
    this.seed = seed;
    this.generator = generator;
    this.listSize = listSize;
    this.connectionSize = connectionSize;
  }

  GraphQLSchema schema() {
    return schema;
  }

  long seed() {
    return seed;
  }

  ValueGenerator generator() {
    return generator;
  }

  int listSize() {
    return listSize;
  }

  static MockObject root(String typeName) {
    return MockObject.unkeyed(typeName, typeName);
  }

  /** The value of a field of a generated object. */
  @Nullable Object fieldValue(MockObject parent, GraphQLFieldDefinition field,
      Map<String, Object> arguments) {
    String name = field.getName();
    Object fixed = parent.fixed().get(name);
    if (fixed != null) {
      return fixedValue(field.getType(), fixed);
    }
    String argumentsKey = argumentsKey(arguments);
    boolean root = parent.identity().equals(parent.typeName());
    return value(parent, name, argumentsKey, field.getType(), arguments, root, "");
  }

  private @Nullable Object value(MockObject parent, String field, String argumentsKey,
      GraphQLOutputType type, Map<String, Object> arguments, boolean root, String index) {
    GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
    if (unwrapped instanceof GraphQLList list) {
      List<Object> values = new ArrayList<>(listSize);
      for (int i = 0; i < listSize; i++) {
        values.add(value(parent, field, argumentsKey, (GraphQLOutputType) list.getWrappedType(),
            arguments, root, index + "[" + i + "]"));
      }
      return values;
    }
    GraphQLNamedType named = (GraphQLNamedType) unwrapped;
    String path = parent.identity() + "/" + field + argumentsKey + index;
    if (named instanceof GraphQLScalarType || named instanceof GraphQLEnumType) {
      return leaf(parent.typeName(), field, named, Seed.of(seed, path),
          Seed.of(seed, parent.identity()));
    }
    if (isConnection(named)) {
      return connection(path, (GraphQLObjectType) named, arguments);
    }
    Optional<GraphQLObjectType> concrete = concreteType(named, path);
    if (concrete.isEmpty()) {
      return null;
    }
    if (root) {
      Map<String, Object> echoed = echoedFields(concrete.get(), arguments);
      if (!echoed.isEmpty()) {
        return echoing(concrete.get(), echoed);
      }
    }
    return object(concrete.get(), path);
  }

  /** An object reached at {@code path}: identified by its natural key when it has one. */
  MockObject object(GraphQLObjectType type, String path) {
    Optional<String> keyField = keyFieldOf(type);
    if (keyField.isEmpty()) {
      return MockObject.unkeyed(type.getName(), path);
    }
    String key = generator.entityKey(Seed.of(seed, path, "key"), type.getName(), keyField.get());
    return echoing(type, Map.of(keyField.get(), key));
  }

  /**
   * An object carrying the given field values. Its identity is its natural key when that is among
   * them, so that every path to the entity meets the same object; otherwise all of them.
   */
  private static MockObject echoing(GraphQLObjectType type, Map<String, Object> fields) {
    Optional<String> keyField = keyFieldOf(type);
    String identity;
    if (keyField.isPresent() && fields.containsKey(keyField.get())) {
      identity = type.getName() + "#" + keyField.get() + "=" + fields.get(keyField.get());
    } else {
      StringBuilder named = new StringBuilder(type.getName()).append('#');
      new TreeMap<>(fields).forEach((k, v) -> named.append(k).append('=').append(v).append(';'));
      identity = named.toString();
    }
    return new MockObject(type.getName(), identity, fields);
  }

  /** A fixed value as the field's type wants it: an ID or String field takes text. */
  private static Object fixedValue(GraphQLOutputType type, Object value) {
    GraphQLType named = GraphQLTypeUtil.unwrapAll(type);
    if (named instanceof GraphQLScalarType scalar
        && (scalar.getName().equals("String") || scalar.getName().equals("ID"))) {
      return String.valueOf(value);
    }
    return value;
  }

  Object leaf(String parentType, String field, GraphQLNamedType type, long valueSeed,
      long entitySeed) {
    if (type instanceof GraphQLEnumType enumType) {
      List<String> values = enumType.getValues().stream()
          .map(GraphQLEnumValueDefinition::getName).toList();
      return generator.value(new ValueRequest(valueSeed, entitySeed, parentType, field,
          type.getName(), ValueKind.ENUM, values));
    }
    return generator.value(new ValueRequest(valueSeed, entitySeed, parentType, field,
        type.getName(), kindOf(type.getName()), List.of()));
  }

  static ValueKind kindOf(String scalarName) {
    return switch (scalarName) {
      case "String" -> ValueKind.STRING;
      case "ID" -> ValueKind.ID;
      case "Int" -> ValueKind.INT;
      case "Float" -> ValueKind.FLOAT;
      case "Boolean" -> ValueKind.BOOLEAN;
      case "Date" -> ValueKind.DATE;
      case "DateTime" -> ValueKind.DATE_TIME;
      case "Decimal" -> ValueKind.DECIMAL;
      case "UUID" -> ValueKind.UUID;
      case "JSONString", "GenericScalar", "JSON", "JSONObject" -> ValueKind.JSON;
      default -> ValueKind.OTHER_SCALAR;
    };
  }

  private MockConnection connection(String path, GraphQLObjectType type,
      Map<String, Object> arguments) {
    ConnectionSlice slice = ConnectionSlice.of(connectionSize,
        (Integer) arguments.get("first"), (Integer) arguments.get("last"),
        (String) arguments.get("after"), (String) arguments.get("before"));
    return new MockConnection(path, nodeTypeName(type), slice);
  }

  /** The node of a connection at an absolute offset, the same on every page. */
  @Nullable Object node(MockConnection connection, int offset) {
    GraphQLNamedType nodeType = (GraphQLNamedType) schema.getType(connection.nodeType());
    if (nodeType == null) {
      return null;
    }
    String path = connection.identity() + "[" + offset + "]";
    if (nodeType instanceof GraphQLScalarType || nodeType instanceof GraphQLEnumType) {
      return leaf(connection.nodeType(), "node", nodeType, Seed.of(seed, path),
          Seed.of(seed, path));
    }
    return concreteType(nodeType, path).map(type -> object(type, path)).orElse(null);
  }

  /** A concrete type for an object, interface or union, chosen by the object's path. */
  Optional<GraphQLObjectType> concreteType(GraphQLNamedType type, String path) {
    if (type instanceof GraphQLObjectType object) {
      return Optional.of(object);
    }
    List<GraphQLObjectType> candidates = possibleTypes(type);
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(candidates.get(Seed.below(Seed.of(seed, path, "type"), candidates.size())));
  }

  List<GraphQLObjectType> possibleTypes(GraphQLNamedType type) {
    if (type instanceof GraphQLObjectType object) {
      return List.of(object);
    }
    if (type instanceof graphql.schema.GraphQLUnionType union) {
      return union.getTypes().stream().filter(GraphQLObjectType.class::isInstance)
          .map(GraphQLObjectType.class::cast).toList();
    }
    if (type instanceof graphql.schema.GraphQLInterfaceType contract) {
      return schema.getImplementations(contract);
    }
    return List.of();
  }

  static boolean isConnection(GraphQLNamedType type) {
    return type instanceof GraphQLObjectType object
        && object.getFieldDefinition("edges") != null
        && object.getFieldDefinition("pageInfo") != null;
  }

  private static String nodeTypeName(GraphQLObjectType connection) {
    GraphQLType edge = GraphQLTypeUtil.unwrapAll(connection.getFieldDefinition("edges").getType());
    if (edge instanceof GraphQLFieldsContainer container
        && container.getFieldDefinition("node") != null) {
      return GraphQLTypeUtil.unwrapAll(container.getFieldDefinition("node").getType()).getName();
    }
    return "String";
  }

  /** {@code number}, else {@code id}, when the type has it as a leaf. */
  static Optional<String> keyFieldOf(GraphQLObjectType type) {
    for (String candidate : KEY_FIELDS) {
      GraphQLFieldDefinition field = type.getFieldDefinition(candidate);
      if (field != null && GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLScalarType
          && !GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getType()))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The fields a root field's arguments name, carried back in the answer: an argument of a leaf
   * field's own name ({@code id}, {@code number}, {@code serial}), and {@code <something>Number}
   * for {@code number} or {@code <something>Id} for {@code id} ({@code accountNumber},
   * {@code propertyId}).
   */
  static Map<String, Object> echoedFields(GraphQLObjectType type, Map<String, Object> arguments) {
    Map<String, Object> echoed = new TreeMap<>();
    Optional<String> keyField = keyFieldOf(type);
    for (Map.Entry<String, Object> argument : new TreeMap<>(arguments).entrySet()) {
      Object value = argument.getValue();
      if (!(value instanceof String) && !(value instanceof Number)
          && !(value instanceof Boolean)) {
        continue;
      }
      String name = argument.getKey();
      GraphQLFieldDefinition same = type.getFieldDefinition(name);
      if (same != null && isLeaf(same)) {
        echoed.putIfAbsent(name, value);
        continue;
      }
      if (keyField.isPresent() && !echoed.containsKey(keyField.get())) {
        String suffix = keyField.get().equals("number") ? "Number" : "Id";
        if (name.endsWith(suffix) && name.length() > suffix.length()) {
          echoed.put(keyField.get(), String.valueOf(value));
        }
      }
    }
    return echoed;
  }

  private static boolean isLeaf(GraphQLFieldDefinition field) {
    GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(field.getType());
    return !GraphQLTypeUtil.isList(unwrapped)
        && (unwrapped instanceof GraphQLScalarType || unwrapped instanceof GraphQLEnumType);
  }

  /** The arguments that change a value, in a stable text form; pagination excluded. */
  static String argumentsKey(Map<String, Object> arguments) {
    if (arguments.isEmpty()) {
      return "";
    }
    StringBuilder key = new StringBuilder();
    for (Map.Entry<String, Object> argument : new TreeMap<>(arguments).entrySet()) {
      if (PAGINATION_ARGUMENTS.contains(argument.getKey()) || argument.getValue() == null) {
        continue;
      }
      key.append(key.length() == 0 ? "(" : ",").append(argument.getKey()).append(':');
      appendCanonical(key, argument.getValue());
    }
    return key.length() == 0 ? "" : key.append(')').toString();
  }

  private static void appendCanonical(StringBuilder out, @Nullable Object value) {
    if (value instanceof Map<?, ?> map) {
      TreeMap<String, @Nullable Object> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
      out.append('{');
      sorted.forEach((k, v) -> {
        out.append(k).append(':');
        appendCanonical(out, v);
        out.append(',');
      });
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      list.forEach(element -> {
        appendCanonical(out, element);
        out.append(',');
      });
      out.append(']');
    } else {
      out.append(value);
    }
  }
}
