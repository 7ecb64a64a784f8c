package dev.krakenmock.contract.model;

import dev.krakenmock.schema.contract.ApiContract;
import dev.krakenmock.schema.contract.ErrorSpec;
import dev.krakenmock.schema.contract.FieldSpec;
import dev.krakenmock.schema.contract.OperationSpec;
import dev.krakenmock.schema.contract.TypeSpec;
import dev.krakenmock.schema.contract.TypeSystem;
import dev.krakenmock.schema.errors.ErrorCatalogue;
import dev.krakenmock.schema.errors.ErrorEntry;
import dev.krakenmock.schema.inference.TypeInference;
import dev.krakenmock.schema.reference.QueriesReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the suite knows of the API: the 176 documented operations, the types inferred from their
 * examples, and the error catalogue. It answers the questions the checks ask ("which fields does
 * this type have?", "which codes may this operation raise?") without any knowledge of a server.
 */
public final class ContractModel {

  /** The marker field of opaque types; it is not part of the Kraken API. */
  public static final String OPAQUE_MARKER = "_opaque";

  /**
   * Codes any operation may raise, besides its own: authentication and permission (KT-CT-1111 is
   * documented for some operations but raised for any field whose permissions the viewer lacks).
   */
  private static final Set<String> ACCESS_CODES = Set.of("KT-CT-1111");

  private final ApiContract api;
  private final TypeSystem types;
  private final ErrorCatalogue errors;
  private final Set<String> globalCodes;
  private final Map<String, List<String>> implementations = new LinkedHashMap<>();

  private ContractModel(ApiContract api) {
    this.api = api;
    this.types = TypeInference.infer(api);
    this.errors = ErrorCatalogue.of(api);
    Set<String> global = new LinkedHashSet<>(ACCESS_CODES);
    errors.entries().values().stream()
        .filter(ErrorEntry::isGlobal)
        .forEach(entry -> global.add(entry.code()));
    this.globalCodes = Set.copyOf(global);
    types
        .typesOf(TypeSpec.ObjectType.class)
        .forEach(
            object ->
                object
                    .interfaces()
                    .forEach(
                        name ->
                            implementations
                                .computeIfAbsent(name, key -> new ArrayList<>())
                                .add(object.name())));
  }

  /** The model of the reference bundled with the schema module. */
  public static ContractModel bundled() {
    return Bundled.MODEL;
  }

  /** The model of a contract. */
  public static ContractModel of(ApiContract api) {
    return new ContractModel(api);
  }

  public List<OperationSpec> operations() {
    return api.operations();
  }

  public OperationSpec operation(String name) {
    return api.operation(name)
        .orElseThrow(() -> new IllegalArgumentException("No documented operation " + name));
  }

  public Optional<TypeSpec> type(String name) {
    return types.type(name);
  }

  /** Every type of the contract, by name, the query root included. */
  public Collection<TypeSpec> types() {
    return types.types().values();
  }

  /** The documented fields of an object or interface type, without the opaque marker. */
  public List<FieldSpec> fields(String typeName) {
    Optional<TypeSpec> type = types.type(typeName);
    List<FieldSpec> fields = List.of();
    if (type.isPresent() && type.get() instanceof TypeSpec.ObjectType object) {
      fields = object.fields();
    } else if (type.isPresent() && type.get() instanceof TypeSpec.InterfaceType face) {
      fields = face.fields();
    }
    return fields.stream().filter(field -> !field.name().equals(OPAQUE_MARKER)).toList();
  }

  /** A documented field of an object or interface type; the query fields under {@code Query}. */
  public Optional<FieldSpec> field(String typeName, String fieldName) {
    return fields(typeName).stream().filter(field -> field.name().equals(fieldName)).findFirst();
  }

  /** Whether values of the type have fields: objects, interfaces and unions. */
  public boolean isComposite(String typeName) {
    return type(typeName)
        .map(
            type ->
                type instanceof TypeSpec.ObjectType
                    || type instanceof TypeSpec.InterfaceType
                    || type instanceof TypeSpec.UnionType)
        .orElse(false);
  }

  /** Whether the type is a union or an interface, so that {@code __typename} tells its member. */
  public boolean isAbstract(String typeName) {
    return type(typeName)
        .map(type -> type instanceof TypeSpec.InterfaceType || type instanceof TypeSpec.UnionType)
        .orElse(false);
  }

  /** Whether the reference names the type without documenting its fields (or does not name it). */
  public boolean isOpaque(String typeName) {
    Optional<TypeSpec> type = type(typeName);
    if (type.isEmpty() || type.get().isOpaque()) {
      return true;
    }
    boolean hasFields =
        type.get() instanceof TypeSpec.ObjectType || type.get() instanceof TypeSpec.InterfaceType;
    return hasFields && fields(typeName).isEmpty();
  }

  /**
   * The object types a value of the type may have: itself for an object, the members of a union,
   * the known implementations of an interface (none when the reference shows none).
   */
  public List<String> possibleTypes(String typeName) {
    Optional<TypeSpec> type = type(typeName);
    if (type.isEmpty()) {
      return List.of();
    }
    if (type.get() instanceof TypeSpec.UnionType union) {
      return union.members();
    }
    if (type.get() instanceof TypeSpec.InterfaceType) {
      return implementations.getOrDefault(typeName, List.of());
    }
    return type.get() instanceof TypeSpec.ObjectType ? List.of(typeName) : List.of();
  }

  /** Whether a value of {@code objectType} matches a fragment on {@code condition}. */
  public boolean fragmentApplies(String condition, String objectType) {
    return condition.equals(objectType) || possibleTypes(condition).contains(objectType);
  }

  /** The values of an enum, as the reference shows them. */
  public List<String> enumValues(String typeName) {
    return type(typeName)
        .filter(TypeSpec.EnumType.class::isInstance)
        .map(type -> ((TypeSpec.EnumType) type).values())
        .orElse(List.of());
  }

  /** The codes an operation may answer with: its documented ones and the global ones. */
  public Set<String> allowedCodes(OperationSpec operation) {
    Set<String> allowed = new LinkedHashSet<>();
    operation.possibleErrors().forEach(error -> allowed.add(error.code()));
    allowed.addAll(globalCodes);
    return allowed;
  }

  /** The codes the platform raises for any operation: authentication, limits, faults. */
  public Set<String> globalCodes() {
    return globalCodes;
  }

  public Optional<ErrorEntry> error(String code) {
    return errors.entry(code);
  }

  /** Every (operation, code) pair the reference documents, in reference order. */
  public List<DocumentedError> documentedErrors() {
    List<DocumentedError> pairs = new ArrayList<>();
    for (OperationSpec operation : api.operations()) {
      for (ErrorSpec error : operation.possibleErrors()) {
        pairs.add(new DocumentedError(operation, error));
      }
    }
    return pairs;
  }

  /** A code the reference lists among an operation's possible errors. */
  public record DocumentedError(OperationSpec operation, ErrorSpec error) {
    @Override
    public String toString() {
      return operation.name() + "/" + error.code();
    }
  }

  private static final class Bundled {
    static final ContractModel MODEL = new ContractModel(QueriesReference.bundledContract());
  }
}
