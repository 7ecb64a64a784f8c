package dev.krakenmock.server.engine;

import dev.krakenmock.server.data.Seed;
import dev.krakenmock.server.data.ValueGenerator;
import dev.krakenmock.server.data.ValueKind;
import dev.krakenmock.server.data.ValueRequest;
import dev.krakenmock.server.fixture.FixtureIndex;
import dev.krakenmock.server.fixture.JsonValues;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The generated entity graph: every value is a pure function of the server seed, the identity of
 * the object holding it, the field and its arguments. An object with a natural key ({@code
 * number}, else {@code id}) is identified by its type and key, whichever path reaches it, so
 * {@code account(accountNumber: "A-1")} and {@code viewer { accounts }} agree on the same
 * account; a root argument that names the key ({@code accountNumber}, {@code id}, {@code
 * number}, {@code propertyId}, …) is carried back in the answer.
 *
 * <p>Fixtures are overlays of partial data: a field an overlay names takes its value (merged
 * over the generated one for objects, lists and connections); every other field is generated
 * exactly as without it. Root-field fixtures overlay root fields; entity fixtures overlay every
 * object with their type and natural key, under the overlay that reached it.
 */
final class EntityGraph {

  static final Set<String> PAGINATION_ARGUMENTS = Set.of("first", "last", "after", "before");
  private static final List<String> KEY_FIELDS = List.of("number", "id");
  // Asked for every object of every answer; types are compared by identity, so the schemas of
  // other engines in the same JVM keep entries of their own (bounded).
  private static final int KEY_FIELDS_KEPT = 20_000;
  private static final Map<GraphQLObjectType, Optional<String>> KEY_FIELD_OF =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final GraphQLSchema schema;
  private final long seed;
  private final ValueGenerator generator;
  private final int listSize;
  private final int connectionSize;
  private final Supplier<FixtureIndex> fixtures;

  EntityGraph(GraphQLSchema schema, long seed, ValueGenerator generator, int listSize,
      int connectionSize, Supplier<FixtureIndex> fixtures) {
    this.fixtures = fixtures;
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

  /** Marks the absence of an overlay; {@code null} is an overlay that pins null. */
  static final Object NONE = new Object();

  private static final String TYPENAME = "__typename";

  /** The value of a field of a generated object. */
  @Nullable Object fieldValue(MockObject parent, GraphQLFieldDefinition field,
      Map<String, Object> arguments) {
    String name = field.getName();
    String argumentsKey = argumentsKey(arguments);
    boolean root = parent.identity().equals(parent.typeName());
    return value(parent, name, argumentsKey, field.getType(), arguments, root, "",
        overlayOf(parent, name, arguments));
  }

  /**
   * What fixtures pin for a field of {@code parent}: the parent's fixture data for it, or for a
   * root field a root-field fixture; {@link #NONE} when nothing is pinned.
   */
  @Nullable Object overlayOf(MockObject parent, String field, Map<String, Object> arguments) {
    if (parent.fixed().containsKey(field)) {
      return parent.fixed().get(field);
    }
    if (!parent.identity().equals(parent.typeName())) {
      return NONE;
    }
    Optional<FixtureIndex.Pinned> pinned = fixtures.get()
        .rootField(parent.typeName(), field, arguments);
    return pinned.isPresent() ? pinned.get().value() : NONE;
  }

  /** Whether a root-field fixture pins the natural key of what a root field answers. */
  boolean pinsKey(String rootType, String field, Map<String, Object> arguments) {
    return fixtures.get().rootField(rootType, field, arguments)
        .map(pinned -> partialOf(pinned.value()))
        .map(partial -> partial.get("id") != null || partial.get("number") != null)
        .orElse(false);
  }

  /**
   * The value at a place: generated, with {@code overlay} (a fixture's partial value, or {@link
   * #NONE}) over it.
   */
  private @Nullable Object value(MockObject parent, String field, String argumentsKey,
      GraphQLOutputType type, Map<String, Object> arguments, boolean root, String index,
      @Nullable Object overlay) {
    if (overlay == null) {
      return null;
    }
    GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
    if (unwrapped instanceof GraphQLList list) {
      List<?> pinned = overlay instanceof List<?> fixed ? fixed : null;
      int size = pinned != null ? pinned.size() : listSize;
      List<@Nullable Object> values = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        values.add(value(parent, field, argumentsKey, (GraphQLOutputType) list.getWrappedType(),
            arguments, root, index + "[" + i + "]", pinned != null ? pinned.get(i) : NONE));
      }
      return values;
    }
    GraphQLNamedType named = (GraphQLNamedType) unwrapped;
    String path = parent.identity() + "/" + field + argumentsKey + index;
    if (named instanceof GraphQLScalarType || named instanceof GraphQLEnumType) {
      if (overlay != NONE) {
        return fixedValue(named, overlay);
      }
      return leaf(parent.typeName(), field, named, Seed.of(seed, path),
          Seed.of(seed, parent.identity()));
    }
    if (isConnection(named)) {
      return connection(path, (GraphQLObjectType) named, arguments,
          overlay instanceof List<?> nodes ? nodes : null);
    }
    Map<String, @Nullable Object> partial = partialOf(overlay);
    Optional<GraphQLObjectType> concrete = concreteType(named, path, partial);
    if (concrete.isEmpty()) {
      return null;
    }
    if (root) {
      Map<String, Object> echoed = echoedFields(concrete.get(), arguments, index.isEmpty());
      if (!echoed.isEmpty()) {
        Optional<String> keyField = keyFieldOf(concrete.get());
        Map<String, Object> identityFields = new TreeMap<>(echoed);
        if (keyField.isPresent() && !echoed.containsKey(keyField.get())
            && partial.get(keyField.get()) != null) {
          identityFields.put(keyField.get(), String.valueOf(partial.get(keyField.get())));
        }
        return entity(concrete.get(), identityFields, partial);
      }
    }
    return object(concrete.get(), path, partial);
  }

  @SuppressWarnings("unchecked")
  static Map<String, @Nullable Object> partialOf(@Nullable Object overlay) {
    if (overlay instanceof Map<?, ?> map) {
      return (Map<String, @Nullable Object>) map;
    }
    return Map.of();
  }

  /** An object reached at {@code path}: identified by its natural key when it has one. */
  MockObject object(GraphQLObjectType type, String path) {
    return object(type, path, Map.of());
  }

  /**
   * An object of a type the schema may not know or may not document (answered outside
   * graphql-java), reached at {@code path} with a fixture's partial data.
   */
  MockObject object(@Nullable GraphQLType known, String typeName, String path,
      Map<String, @Nullable Object> partial) {
    if (known instanceof GraphQLObjectType type) {
      return object(type, path, partial);
    }
    return undocumented(typeName, path, partial);
  }

  /**
   * An object of a type without documented fields: identified by its place, unless its fixture
   * data names a key ({@code number}, else {@code id}), which makes it that entity.
   */
  private MockObject undocumented(String typeName, String path,
      Map<String, @Nullable Object> partial) {
    for (String keyField : KEY_FIELDS) {
      Object key = partial.get(keyField);
      if (key != null) {
        Map<String, @Nullable Object> overlay = new LinkedHashMap<>(withoutTypename(
            JsonValues.mergedMaps(fixtures.get().entity(typeName, String.valueOf(key)),
                partial)));
        return new MockObject(typeName, typeName + "#" + keyField + "=" + key, overlay);
      }
    }
    return new MockObject(typeName, path, withoutTypename(partial));
  }

  /**
   * An object reached at {@code path} with a fixture's partial data: identified by the natural
   * key the data gives, else by the generated one, else by its place.
   */
  private MockObject object(GraphQLObjectType type, String path,
      Map<String, @Nullable Object> partial) {
    Optional<String> keyField = keyFieldOf(type);
    if (keyField.isEmpty()) {
      return OpaqueSelections.isOpaque(type) ? undocumented(type.getName(), path, partial)
          : new MockObject(type.getName(), path, withoutTypename(partial));
    }
    Object pinnedKey = partial.get(keyField.get());
    String key = pinnedKey != null ? String.valueOf(pinnedKey)
        : generator.entityKey(Seed.of(seed, path, "key"), type.getName(), keyField.get());
    return entity(type, Map.of(keyField.get(), key), partial);
  }

  /**
   * An object whose identity derives from {@code identityFields} (see {@link #echoing}), with
   * the entity's fixture under the inline data, and the identity fields over both.
   */
  private MockObject entity(GraphQLObjectType type, Map<String, Object> identityFields,
      Map<String, @Nullable Object> inline) {
    MockObject echoed = echoing(type, identityFields);
    Optional<String> keyField = keyFieldOf(type);
    Map<String, @Nullable Object> pinned = keyField.isPresent()
        && identityFields.containsKey(keyField.get())
        ? fixtures.get().entity(type.getName(),
            String.valueOf(identityFields.get(keyField.get())))
        : Map.of();
    if (pinned.isEmpty() && inline.isEmpty()) {
      return echoed;
    }
    Map<String, @Nullable Object> overlay =
        new LinkedHashMap<>(withoutTypename(JsonValues.mergedMaps(pinned, inline)));
    overlay.putAll(identityFields);
    return new MockObject(type.getName(), echoed.identity(), overlay);
  }

  private static Map<String, @Nullable Object> withoutTypename(
      Map<String, @Nullable Object> partial) {
    if (!partial.containsKey(TYPENAME)) {
      return partial;
    }
    Map<String, @Nullable Object> copy = new LinkedHashMap<>(partial);
    copy.remove(TYPENAME);
    return copy;
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
  private static Object fixedValue(GraphQLType type, Object value) {
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
      Map<String, Object> arguments, @Nullable List<?> nodes) {
    ConnectionSlice slice = ConnectionSlice.of(nodes != null ? nodes.size() : connectionSize,
        (Integer) arguments.get("first"), (Integer) arguments.get("last"),
        (String) arguments.get("after"), (String) arguments.get("before"));
    return new MockConnection(path, nodeTypeName(type), slice, nodes);
  }

  /** The node of a connection at an absolute offset, the same on every page. */
  @Nullable Object node(MockConnection connection, int offset) {
    GraphQLNamedType nodeType = (GraphQLNamedType) schema.getType(connection.nodeType());
    if (nodeType == null) {
      return null;
    }
    String path = connection.identity() + "[" + offset + "]";
    List<?> pinnedNodes = connection.nodes();
    Object overlay = pinnedNodes != null && offset < pinnedNodes.size() ? pinnedNodes.get(offset)
        : NONE;
    if (overlay == null) {
      return null;
    }
    if (nodeType instanceof GraphQLScalarType || nodeType instanceof GraphQLEnumType) {
      if (overlay != NONE) {
        return fixedValue(nodeType, overlay);
      }
      return leaf(connection.nodeType(), "node", nodeType, Seed.of(seed, path),
          Seed.of(seed, path));
    }
    Map<String, @Nullable Object> partial = partialOf(overlay);
    return concreteType(nodeType, path, partial).map(type -> object(type, path, partial))
        .orElse(null);
  }

  /** The concrete type a fixture's {@code __typename} names, else the one chosen by path. */
  private Optional<GraphQLObjectType> concreteType(GraphQLNamedType type, String path,
      Map<String, @Nullable Object> partial) {
    if (partial.get(TYPENAME) instanceof String typename
        && schema.getType(typename) instanceof GraphQLObjectType pinned
        && possibleTypes(type).contains(pinned)) {
      return Optional.of(pinned);
    }
    return concreteType(type, path);
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
    Optional<String> known = KEY_FIELD_OF.get(type);
    if (known != null) {
      return known;
    }
    Optional<String> keyField = findKeyField(type);
    if (KEY_FIELD_OF.size() >= KEY_FIELDS_KEPT) {
      KEY_FIELD_OF.clear();
    }
    KEY_FIELD_OF.put(type, keyField);
    return keyField;
  }

  private static Optional<String> findKeyField(GraphQLObjectType type) {
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
   * for {@code number} or {@code <something>Id} for {@code id} when the something names the type
   * ({@code accountNumber} for {@code AccountType}, {@code complaintId} for {@code ComplaintType};
   * not {@code portfolioNumber} for the accounts of a portfolio).
   *
   * @param single whether the root field answers one object: the elements of a list are distinct
   *     entities, so an argument never becomes the key of each of them
   */
  static Map<String, Object> echoedFields(GraphQLObjectType type, Map<String, Object> arguments,
      boolean single) {
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
        if (name.endsWith(suffix) && name.length() > suffix.length()
            && namesType(name.substring(0, name.length() - suffix.length()), type.getName())) {
          echoed.put(keyField.get(), String.valueOf(value));
        }
      }
    }
    if (!single) {
      keyField.ifPresent(echoed::remove);
    }
    return echoed;
  }

  /** Whether {@code prefix} ({@code account}, {@code customerAsset}) names {@code typeName}. */
  static boolean namesType(String prefix, String typeName) {
    String type = typeName.toLowerCase(java.util.Locale.ROOT);
    for (String suffix : List.of("type", "interface", "output")) {
      if (type.endsWith(suffix) && type.length() > suffix.length()) {
        type = type.substring(0, type.length() - suffix.length());
        break;
      }
    }
    return type.endsWith(prefix.toLowerCase(java.util.Locale.ROOT));
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
