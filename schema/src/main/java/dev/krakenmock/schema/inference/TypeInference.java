package dev.krakenmock.schema.inference;

import dev.krakenmock.schema.contract.ApiContract;
import dev.krakenmock.schema.contract.ArgumentSpec;
import dev.krakenmock.schema.contract.ExampleDiscrepancy;
import dev.krakenmock.schema.contract.ExampleValue;
import dev.krakenmock.schema.contract.FieldSpec;
import dev.krakenmock.schema.contract.OperationSpec;
import dev.krakenmock.schema.contract.TypeRef;
import dev.krakenmock.schema.contract.TypeSystem;
import dev.krakenmock.schema.inference.TypeDraft.Role;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.parser.Parser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Infers the schema's types from the contract: the query fields from the operations, and every
 * other type from what the example queries select and the example responses show.
 *
 * <p>Only the operations' return types and arguments are exact. Below them, the examples give
 * field names, scalar kinds (from the values) and type names (from fragment names and the
 * placeholders of the responses); nullability below the root is unknown, so those fields are
 * nullable. See {@link TypeAssembly} for how drafts become types.
 */
public final class TypeInference {

  private static final Set<String> CONNECTION_FIELDS =
      Set.of("edgeCount", "edges", "pageInfo", "totalCount");

  private final TypeDrafts drafts = new TypeDrafts();
  private final List<ExampleDiscrepancy> discrepancies = new ArrayList<>();
  private final Map<SortedSet<String>, String> abstractTypesByMembers = new HashMap<>();

  private TypeInference() {}

  /** The type system of a contract. */
  public static TypeSystem infer(ApiContract contract) {
    TypeInference inference = new TypeInference();
    Map<String, Field> rootFields = new HashMap<>();
    for (OperationSpec operation : contract.operations()) {
      rootFields.put(operation.name(), rootField(operation));
    }
    for (OperationSpec operation : contract.operations()) {
      inference.nameAbstractRoot(operation, rootFields.get(operation.name()));
    }
    for (OperationSpec operation : contract.operations()) {
      inference.operation(operation, rootFields.get(operation.name()));
    }
    return new TypeAssembly(inference.drafts).assemble(inference.discrepancies);
  }

  /** The single root field an example selects, checked against the operation it documents. */
  static Field rootField(OperationSpec operation) {
    Document document = Parser.parse(operation.example().query());
    OperationDefinition definition =
        document.getDefinitionsOfType(OperationDefinition.class).stream()
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException(operation.name() + ": no operation"));
    List<Selection> selections = definition.getSelectionSet().getSelections();
    if (selections.size() != 1 || !(selections.get(0) instanceof Field field)) {
      throw new IllegalArgumentException(operation.name() + ": example selects no single field");
    }
    if (!field.getName().equals(operation.name())) {
      throw new IllegalArgumentException(
          operation.name() + ": example selects '" + field.getName() + "'");
    }
    return field;
  }

  /** Root types selected through inline fragments are named abstract types (unions). */
  private void nameAbstractRoot(OperationSpec operation, Field root) {
    SortedSet<String> members = inlineMembers(root.getSelectionSet());
    if (!members.isEmpty()) {
      abstractTypesByMembers.putIfAbsent(members, operation.returnType().name());
    }
  }

  private void operation(OperationSpec operation, Field root) {
    drafts.queryField(
        new FieldSpec(
            operation.name(),
            operation.returnType(),
            operation.arguments(),
            operation.description(),
            operation.deprecation()));
    arguments(operation, root);
    String returnType = operation.returnType().name();
    Optional<ExampleValue> data = operation.example().responseData(operation.name());
    if (root.getSelectionSet() == null) {
      leafRoot(returnType, data);
      return;
    }
    if (data.orElse(null) instanceof ExampleValue.ArrayValue && !operation.returnType().isList()) {
      discrepancies.add(
          new ExampleDiscrepancy(
              operation.name(),
              "the example response is a list, the declared type "
                  + operation.returnType()
                  + " is not"));
    }
    if (NamingConventions.isConnection(returnType) && !selectsConnection(root)) {
      discrepancies.add(
          new ExampleDiscrepancy(
              operation.name(),
              "the example selects the fields of a node, not of the declared connection "
                  + operation.returnType()
                  + "; they are not attributed to any type"));
      drafts.draft(returnType);
      return;
    }
    selection(returnType, root.getSelectionSet(), data, operation.name());
  }

  private static boolean selectsConnection(Field root) {
    return root.getSelectionSet().getSelectionsOfType(Field.class).stream()
        .allMatch(field -> CONNECTION_FIELDS.contains(field.getName()));
  }

  /** Arguments come from the variables; their named types are classified by example value. */
  private void arguments(OperationSpec operation, Field root) {
    for (Argument argument : root.getArguments()) {
      if (!(argument.getValue() instanceof VariableReference variable)
          || !variable.getName().equals(argument.getName())) {
        discrepancies.add(
            new ExampleDiscrepancy(
                operation.name(),
                "argument '" + argument.getName() + "' is not fed by the variable of its name"));
      }
    }
    Optional<ExampleValue> variables = operation.example().variables();
    for (ArgumentSpec argument : operation.arguments()) {
      Optional<ExampleValue> value =
          variables.flatMap(v -> v instanceof ExampleValue.ObjectValue o ? o.field(argument.name())
              : Optional.empty());
      inputType(argument.type().name(), value);
    }
  }

  private void inputType(String typeName, Optional<ExampleValue> example) {
    if (TypeAssembly.isBuiltInScalar(typeName)) {
      return;
    }
    TypeDraft draft = drafts.draft(typeName);
    ExampleValue value = example.orElse(null);
    if (value instanceof ExampleValue.ArrayValue array) {
      value = array.elements().stream().findFirst().orElse(null);
    }
    if (value instanceof ExampleValue.TypeName) {
      draft.assume(Role.OPAQUE_INPUT);
    } else if (value instanceof ExampleValue.StringValue string
        && ScalarInference.isEnumValue(string.value())) {
      draft.assume(Role.ENUM);
      draft.enumValue(string.value());
    } else if (value != null) {
      draft.assume(Role.SCALAR);
    } else {
      draft.assume(TypeAssembly.isKnownCustomScalar(typeName) ? Role.SCALAR : Role.OPAQUE_INPUT);
    }
  }

  /** A root field without sub-selection returns a scalar or an enum, named by the operation. */
  private void leafRoot(String returnType, Optional<ExampleValue> data) {
    if (TypeAssembly.isBuiltInScalar(returnType)) {
      return;
    }
    TypeDraft draft = drafts.draft(returnType);
    Optional<String> enumValue = ScalarInference.enumValue(ScalarInference.infer(data));
    if (enumValue.isPresent()) {
      draft.assume(Role.ENUM);
      draft.enumValue(enumValue.get());
    } else {
      draft.assume(Role.SCALAR);
    }
  }

  private void selection(
      String typeName, SelectionSet selectionSet, Optional<ExampleValue> example, String operation) {
    TypeDraft type = drafts.draft(typeName);
    Optional<ExampleValue.ObjectValue> object = firstObject(example);
    for (Selection<?> selection : selectionSet.getSelections()) {
      if (selection instanceof Field field) {
        type.documentedBy(operation);
        field(type, field, object.flatMap(o -> o.field(field.getName())), operation);
      } else if (selection instanceof InlineFragment fragment) {
        String member = fragment.getTypeCondition().getName();
        type.member(member);
        selection(member, fragment.getSelectionSet(), Optional.empty(), operation);
      } else if (selection instanceof FragmentSpread spread) {
        NamingConventions.fragmentType(spread.getName()).ifPresent(drafts::draft);
      }
    }
  }

  private void field(
      TypeDraft parent, Field field, Optional<ExampleValue> value, String operation) {
    if (field.getSelectionSet() == null) {
      leaf(parent, field.getName(), value);
      return;
    }
    String child = childTypeName(parent.name(), field, value);
    boolean list = value.orElse(null) instanceof ExampleValue.ArrayValue;
    TypeRef named = new TypeRef.Named(child);
    parent.field(FieldSpec.of(field.getName(), list ? new TypeRef.ListOf(named) : named, ""), true);
    selection(child, field.getSelectionSet(), value, operation);
  }

  private String childTypeName(String parent, Field field, Optional<ExampleValue> value) {
    SortedSet<String> members = inlineMembers(field.getSelectionSet());
    if (!members.isEmpty()) {
      String known = abstractTypesByMembers.get(members);
      if (known != null) {
        return known;
      }
      return inferredType(parent, field.getName());
    }
    Optional<String> placeholder = placeholderName(value);
    if (placeholder.isPresent()) {
      return placeholder.get();
    }
    return field.getSelectionSet().getSelectionsOfType(FragmentSpread.class).stream()
        .map(spread -> NamingConventions.fragmentType(spread.getName()))
        .flatMap(Optional::stream)
        .findFirst()
        .orElseGet(() -> inferredType(parent, field.getName()));
  }

  private String inferredType(String parent, String fieldName) {
    String name = NamingConventions.inferredName(parent, fieldName);
    drafts.draft(name).nameInferredFrom(parent + "." + fieldName);
    return name;
  }

  private void leaf(TypeDraft parent, String fieldName, Optional<ExampleValue> value) {
    ScalarInference.Leaf leaf = ScalarInference.infer(value);
    Optional<String> enumValue = ScalarInference.enumValue(leaf);
    String enumName = null;
    if (enumValue.isPresent()) {
      enumName = drafts.enumFor(parent.name(), fieldName);
      TypeDraft enumDraft = drafts.draft(enumName);
      enumDraft.enumValue(enumValue.get());
    }
    TypeRef type = ScalarInference.typeRef(leaf, enumName);
    if (!TypeAssembly.isBuiltInScalar(type.name()) && enumName == null) {
      drafts.draft(type.name()).assume(Role.SCALAR);
    }
    boolean known = !(leaf instanceof ScalarInference.Unknown);
    String description = known ? "" : ScalarInference.UNKNOWN_TYPE_NOTE + "; String assumed.";
    parent.field(FieldSpec.of(fieldName, type, description), known);
  }

  private static Optional<String> placeholderName(Optional<ExampleValue> value) {
    ExampleValue example = value.orElse(null);
    if (example instanceof ExampleValue.ArrayValue array && !array.elements().isEmpty()) {
      example = array.elements().get(0);
    }
    return example instanceof ExampleValue.TypeName name
        ? Optional.of(name.name())
        : Optional.empty();
  }

  private static Optional<ExampleValue.ObjectValue> firstObject(Optional<ExampleValue> value) {
    ExampleValue example = value.orElse(null);
    if (example instanceof ExampleValue.ArrayValue array && !array.elements().isEmpty()) {
      example = array.elements().get(0);
    }
    return example instanceof ExampleValue.ObjectValue object
        ? Optional.of(object)
        : Optional.empty();
  }

  private static SortedSet<String> inlineMembers(SelectionSet selectionSet) {
    SortedSet<String> members = new TreeSet<>();
    if (selectionSet != null) {
      for (InlineFragment fragment : selectionSet.getSelectionsOfType(InlineFragment.class)) {
        members.add(fragment.getTypeCondition().getName());
      }
    }
    return members;
  }
}
