package dev.krakenmock.schema.inference;

import dev.krakenmock.schema.contract.ExampleDiscrepancy;
import dev.krakenmock.schema.contract.FieldSpec;
import dev.krakenmock.schema.contract.TypeOrigin;
import dev.krakenmock.schema.contract.TypeRef;
import dev.krakenmock.schema.contract.TypeSpec;
import dev.krakenmock.schema.contract.TypeSystem;
import dev.krakenmock.schema.inference.TypeDraft.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the drafts into types. Relay connections get their conventional fields, edges and
 * PageInfo; a type selected through inline fragments becomes a union, or an interface when its
 * name says so or it has fields of its own; a type with no documented field is opaque and carries
 * only the {@value #OPAQUE_MARKER} marker field, since GraphQL requires one.
 */
final class TypeAssembly {

  /** The one field of an opaque type; it is not part of the Kraken API. */
  static final String OPAQUE_MARKER = "_opaque";

  private static final Set<String> BUILT_IN_SCALARS =
      Set.of("String", "Int", "Float", "Boolean", "ID");
  private static final Map<String, String> KNOWN_SCALARS = knownScalars();
  private static final String OPAQUE_DESCRIPTION =
      "Opaque: the Kraken reference names this type but documents none of its fields. "
          + "By kraken-mock's opaque-type policy, any field selected on it is accepted and "
          + "answered outside the documented contract.";
  private static final String OPAQUE_INPUT_DESCRIPTION =
      "Opaque input: the Kraken reference names this input type but documents none of its "
          + "fields. It is a scalar here so that any value a client passes is accepted.";

  private final TypeDrafts drafts;
  private final Map<String, String> edgeNodes = new LinkedHashMap<>();

  TypeAssembly(TypeDrafts drafts) {
    this.drafts = drafts;
  }

  static boolean isBuiltInScalar(String name) {
    return BUILT_IN_SCALARS.contains(name);
  }

  static boolean isKnownCustomScalar(String name) {
    return KNOWN_SCALARS.containsKey(name);
  }

  TypeSystem assemble(List<ExampleDiscrepancy> discrepancies) {
    completeConnections();
    Map<String, Set<String>> interfacesOf = new TreeMap<>();
    Map<String, TypeSpec> abstracts = new LinkedHashMap<>();
    for (TypeDraft draft : List.copyOf(drafts.all())) {
      abstractType(draft).ifPresent(spec -> {
        abstracts.put(spec.name(), spec);
        if (spec instanceof TypeSpec.InterfaceType) {
          draft.members().forEach(member ->
              interfacesOf.computeIfAbsent(member, m -> new TreeSet<>()).add(spec.name()));
        }
      });
    }
    SortedMap<String, TypeSpec> types = new TreeMap<>(abstracts);
    types.put(TypeSystem.QUERY, query());
    for (TypeDraft draft : drafts.all()) {
      if (isBuiltInScalar(draft.name()) || types.containsKey(draft.name())) {
        continue;
      }
      Set<String> interfaces = interfacesOf.getOrDefault(draft.name(), Set.of());
      types.put(draft.name(), concreteType(draft, interfaces, abstracts));
    }
    return new TypeSystem(types, discrepancies);
  }

  private TypeSpec.ObjectType query() {
    return new TypeSpec.ObjectType(
        TypeSystem.QUERY,
        "The query root of the Kraken GraphQL API of Octopus Energy Italy, from its Queries "
            + "reference.",
        TypeOrigin.DOCUMENTED,
        Optional.empty(),
        List.copyOf(drafts.queryFields()),
        List.of());
  }

  /** Every connection gets its edge type, the edge its node type, and PageInfo exists. */
  private void completeConnections() {
    for (TypeDraft draft : List.copyOf(drafts.all())) {
      if (!NamingConventions.isConnection(draft.name()) || draft.role() != Role.UNDECIDED) {
        continue;
      }
      String edge = draft.fields().containsKey("edges")
          ? draft.fields().get("edges").type().name()
          : NamingConventions.edgeOf(draft.name());
      String node = NamingConventions.nodeOf(draft.name());
      drafts.draft(edge);
      edgeNodes.putIfAbsent(edge, node);
      if (drafts.find(node).isEmpty()) {
        drafts.draft(node).nameInferredFrom(draft.name() + " (Relay node naming convention)");
      }
      drafts.draft(NamingConventions.PAGE_INFO);
    }
  }

  private Optional<TypeSpec> abstractType(TypeDraft draft) {
    boolean interfaceName = NamingConventions.isInterfaceName(draft.name());
    if (draft.role() != Role.UNDECIDED || (draft.members().isEmpty() && !interfaceName)) {
      return Optional.empty();
    }
    if (interfaceName || !draft.fields().isEmpty()) {
      boolean opaque = draft.fields().isEmpty();
      return Optional.of(new TypeSpec.InterfaceType(
          draft.name(),
          opaque ? OPAQUE_DESCRIPTION : documentedDescription(draft),
          opaque ? TypeOrigin.OPAQUE : TypeOrigin.DOCUMENTED,
          draft.nameInferredFrom(),
          opaque ? List.of(opaqueMarker()) : withPaginationArguments(draft.fields().values())));
    }
    String where = draft.nameInferredFrom().map(from -> " of " + from).orElse("");
    return Optional.of(new TypeSpec.UnionType(
        draft.name(),
        "A union: its members are the types of the `... on` selections" + where
            + " in the reference's examples; the real union may have more.",
        TypeOrigin.DOCUMENTED,
        draft.nameInferredFrom(),
        List.copyOf(draft.members())));
  }

  private TypeSpec concreteType(
      TypeDraft draft, Set<String> interfaces, Map<String, TypeSpec> abstracts) {
    return switch (draft.role()) {
      case ENUM -> new TypeSpec.EnumType(
          draft.name(),
          "Values seen in the reference's examples; the real enum may have more.",
          TypeOrigin.DOCUMENTED,
          draft.nameInferredFrom(),
          List.copyOf(new TreeSet<>(draft.enumValues())));
      case SCALAR -> new TypeSpec.ScalarType(
          draft.name(),
          KNOWN_SCALARS.getOrDefault(draft.name(), "A custom scalar the reference names."),
          TypeOrigin.SCALAR,
          Optional.empty(),
          false);
      case OPAQUE_INPUT -> new TypeSpec.ScalarType(
          draft.name(), OPAQUE_INPUT_DESCRIPTION, TypeOrigin.OPAQUE, Optional.empty(), true);
      case UNDECIDED -> objectType(draft, interfaces, abstracts);
    };
  }

  private TypeSpec.ObjectType objectType(
      TypeDraft draft, Set<String> interfaces, Map<String, TypeSpec> abstracts) {
    Map<String, FieldSpec> fields = new TreeMap<>(draft.fields());
    String description;
    TypeOrigin origin;
    if (NamingConventions.isConnection(draft.name())) {
      fields = connectionFields(draft);
      origin = draft.documentedBy().isEmpty() ? TypeOrigin.RELAY_CONVENTION : TypeOrigin.DOCUMENTED;
      description = "A Relay connection: its fields follow the Relay convention"
          + (draft.documentedBy().isEmpty() ? "." : ", as the examples of "
          + String.join(", ", draft.documentedBy()) + " show.");
    } else if (edgeNodes.containsKey(draft.name())) {
      fields = edgeFields(edgeNodes.get(draft.name()));
      origin = TypeOrigin.RELAY_CONVENTION;
      description = "An edge of a Relay connection: fields by the Relay convention.";
    } else if (draft.name().equals(NamingConventions.PAGE_INFO)) {
      fields = pageInfoFields();
      origin = TypeOrigin.RELAY_CONVENTION;
      description = "Relay's PageInfo.";
    } else if (!fields.isEmpty()) {
      origin = TypeOrigin.DOCUMENTED;
      description = documentedDescription(draft);
    } else {
      origin = TypeOrigin.OPAQUE;
      description = OPAQUE_DESCRIPTION;
      fields.put(OPAQUE_MARKER, opaqueMarker());
    }
    for (String name : interfaces) {
      if (abstracts.get(name) instanceof TypeSpec.InterfaceType contract) {
        for (FieldSpec field : contract.fields()) {
          fields.putIfAbsent(field.name(), field);
        }
      }
    }
    String inferred = draft.nameInferredFrom()
        .map(from -> " Its name was made from " + from + ": the reference does not show it.")
        .orElse("");
    return new TypeSpec.ObjectType(
        draft.name(),
        description + inferred,
        origin,
        draft.nameInferredFrom(),
        withPaginationArguments(fields.values()),
        List.copyOf(interfaces));
  }

  /**
   * Connection fields take Relay's pagination arguments. The reference shows arguments of query
   * fields only, so below the root they follow the convention, as Kraken's connections do.
   */
  static List<FieldSpec> withPaginationArguments(java.util.Collection<FieldSpec> fields) {
    List<FieldSpec> result = new java.util.ArrayList<>(fields.size());
    for (FieldSpec field : fields) {
      if (!field.arguments().isEmpty() || !NamingConventions.isConnection(field.type().name())) {
        result.add(field);
        continue;
      }
      result.add(new FieldSpec(field.name(), field.type(), PAGINATION_ARGUMENTS,
          field.description(), field.deprecation()));
    }
    return List.copyOf(result);
  }

  private static final List<dev.krakenmock.schema.contract.ArgumentSpec> PAGINATION_ARGUMENTS =
      List.of(
          paginationArgument("after", "String", "Nodes after this cursor."),
          paginationArgument("before", "String", "Nodes before this cursor."),
          paginationArgument("first", "Int", "At most this many nodes, from the start."),
          paginationArgument("last", "Int", "At most this many nodes, from the end."));

  private static dev.krakenmock.schema.contract.ArgumentSpec paginationArgument(String name,
      String type, String description) {
    return new dev.krakenmock.schema.contract.ArgumentSpec(name, new TypeRef.Named(type),
        Optional.empty(), Optional.of(description + " (Relay convention.)"));
  }

  private static Map<String, FieldSpec> connectionFields(TypeDraft draft) {
    String edge = draft.fields().containsKey("edges")
        ? draft.fields().get("edges").type().name()
        : NamingConventions.edgeOf(draft.name());
    Map<String, FieldSpec> fields = new TreeMap<>();
    fields.put("edgeCount", FieldSpec.of("edgeCount", nonNull("Int"),
        "Number of edges in this page."));
    fields.put("edges", FieldSpec.of("edges",
        new TypeRef.NonNull(new TypeRef.ListOf(new TypeRef.Named(edge))), "The page's edges."));
    fields.put("pageInfo", FieldSpec.of("pageInfo", nonNull(NamingConventions.PAGE_INFO),
        "Pagination data for this connection."));
    fields.put("totalCount", FieldSpec.of("totalCount", nonNull("Int"),
        "Number of nodes in the whole connection."));
    return fields;
  }

  private static Map<String, FieldSpec> edgeFields(String node) {
    Map<String, FieldSpec> fields = new TreeMap<>();
    fields.put("cursor", FieldSpec.of("cursor", nonNull("String"), "A cursor for use in pagination."));
    fields.put("node", FieldSpec.of("node", new TypeRef.Named(node),
        "The item at the end of the edge. Its type name is inferred from the connection's name."));
    return fields;
  }

  private static Map<String, FieldSpec> pageInfoFields() {
    Map<String, FieldSpec> fields = new TreeMap<>();
    fields.put("endCursor", FieldSpec.of("endCursor", new TypeRef.Named("String"),
        "When paginating forwards, the cursor to continue."));
    fields.put("hasNextPage", FieldSpec.of("hasNextPage", nonNull("Boolean"),
        "When paginating forwards, are there more items?"));
    fields.put("hasPreviousPage", FieldSpec.of("hasPreviousPage", nonNull("Boolean"),
        "When paginating backwards, are there more items?"));
    fields.put("startCursor", FieldSpec.of("startCursor", new TypeRef.Named("String"),
        "When paginating backwards, the cursor to continue."));
    return fields;
  }

  private static FieldSpec opaqueMarker() {
    return FieldSpec.of(OPAQUE_MARKER, new TypeRef.Named("Boolean"),
        "Marker of an opaque type, not part of the Kraken API: GraphQL needs one field per type. "
            + "Select the fields your client uses instead.");
  }

  private static String documentedDescription(TypeDraft draft) {
    return "Fields seen in the reference's examples of: "
        + String.join(", ", draft.documentedBy()) + ".";
  }

  private static TypeRef nonNull(String name) {
    return new TypeRef.NonNull(new TypeRef.Named(name));
  }

  private static Map<String, String> knownScalars() {
    Map<String, String> scalars = new LinkedHashMap<>();
    scalars.put(ScalarInference.DATE, "A calendar date, `YYYY-MM-DD`.");
    scalars.put(ScalarInference.DATE_TIME,
        "An ISO 8601 date and time with microseconds and a numeric offset, as Kraken writes it: "
            + "`1973-11-30T21:02:01.340739+00:00`.");
    scalars.put(ScalarInference.DECIMAL, "A decimal number, written as a JSON string: `\"1.0\"`.");
    scalars.put(ScalarInference.UUID, "A UUID, written as a string.");
    scalars.put("NonEmptyString", "A string that is not empty.");
    scalars.put(ScalarInference.JSON_STRING,
        "A JSON value; the reference shows an object (`{\"key\": \"value\"}`). Kraken may call "
            + "some of these GenericScalar.");
    scalars.put(ScalarInference.GENERIC_SCALAR,
        "Any JSON value: the reference shows a string, a number, a boolean, a list or an object.");
    return scalars;
  }
}
