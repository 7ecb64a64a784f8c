package dev.krakenmock.contract.document;

import dev.krakenmock.contract.model.ContractModel;
import dev.krakenmock.schema.contract.ExampleValue;
import dev.krakenmock.schema.contract.FieldSpec;
import dev.krakenmock.schema.contract.OperationSpec;
import dev.krakenmock.schema.contract.TypeRef;
import graphql.language.Argument;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.parser.Parser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reference's example of an operation, made sendable: each {@code ...XFragment} (the reference
 * never defines them) becomes the fields the contract knows for the type it stands in (see {@link
 * SelectionExpansion}), abstract selections get {@code __typename}, and the example variables are
 * sent with the placeholders of opaque inputs as {@code {}}. Fields the declared type lacks (one
 * example selects a node's fields on a connection) are dropped, and the document notes it.
 */
public final class ExampleDocuments {

  private final ContractModel model;
  private final SelectionExpansion expansion;
  private final ArgumentValues values;
  private final FieldConflicts conflicts;

  public ExampleDocuments(ContractModel model) {
    this.model = model;
    this.expansion = new SelectionExpansion(model);
    this.values = new ArgumentValues(model);
    this.conflicts = new FieldConflicts(model);
  }

  /** The document of an operation's example. */
  public QueryDocument of(OperationSpec operation) {
    Document document = Parser.parse(operation.example().query());
    OperationDefinition definition =
        document.getDefinitionsOfType(OperationDefinition.class).get(0);
    Field root =
        definition.getSelectionSet().getSelectionsOfType(Field.class).stream()
            .filter(field -> field.getName().equals(operation.name()))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "The example of " + operation.name() + " does not select it"));
    List<VariableDefinition> variables =
        definition.getVariableDefinitions().stream()
            .map(
                variable ->
                    new VariableDefinition(
                        variable.getName(), TypeRef.parse(AstPrinter.printAst(variable.getType()))))
            .toList();
    Map<String, Set<String>> dropped = new LinkedHashMap<>();
    String type = operation.returnType().name();
    List<Selection> selections = convert(root.getSelectionSet(), type, dropped);
    if (selections.isEmpty() && model.isComposite(type)) {
      selections = expansion.of(type);
    }
    FieldSelection field =
        new FieldSelection(
            root.getAlias(), root.getName(), arguments(root), conflicts.resolve(type, selections));
    List<String> notes = new ArrayList<>();
    dropped.forEach(
        (owner, fields) ->
            notes.add(
                "the example selects fields that "
                    + owner
                    + " does not have, left out: "
                    + String.join(", ", fields)));
    String name =
        definition.getName() == null ? capitalised(operation.name()) : definition.getName();
    List<String> opaqueInputs =
        variables.stream()
            .map(variable -> variable.type().name())
            .filter(values::isOpaqueInput)
            .distinct()
            .toList();
    return new QueryDocument(
        operation.name(),
        name,
        variables,
        field,
        variableValues(operation, variables),
        opaqueInputs,
        notes);
  }

  private List<Selection> convert(
      @Nullable SelectionSet selectionSet, String typeName, Map<String, Set<String>> dropped) {
    List<Selection> selections = new ArrayList<>();
    if (selectionSet == null) {
      return selections;
    }
    for (graphql.language.Selection<?> selection : selectionSet.getSelections()) {
      if (selection instanceof Field field) {
        convertField(field, typeName, dropped).ifPresent(selections::add);
      } else if (selection instanceof InlineFragment fragment) {
        String condition =
            fragment.getTypeCondition() == null ? typeName : fragment.getTypeCondition().getName();
        List<Selection> inner = convert(fragment.getSelectionSet(), condition, dropped);
        if (!inner.isEmpty()) {
          selections.add(new FragmentSelection(condition, inner));
        }
      } else if (selection instanceof FragmentSpread) {
        selections.addAll(expansion.of(typeName));
      }
    }
    boolean namesItsType =
        selections.stream()
            .anyMatch(
                s ->
                    s instanceof FieldSelection field
                        && field.isTypename()
                        && field.alias() == null);
    if (model.isAbstract(typeName) && !namesItsType) {
      selections.add(0, FieldSelection.typename());
    }
    return selections;
  }

  private Optional<Selection> convertField(
      Field field, String typeName, Map<String, Set<String>> dropped) {
    if (field.getName().equals(FieldSelection.TYPENAME)) {
      return Optional.of(
          new FieldSelection(field.getAlias(), field.getName(), Map.of(), List.of()));
    }
    Optional<FieldSpec> spec = model.field(typeName, field.getName());
    if (spec.isEmpty()) {
      dropped.computeIfAbsent(typeName, key -> new LinkedHashSet<>()).add(field.getName());
      return Optional.empty();
    }
    String fieldType = spec.get().type().name();
    List<Selection> children = convert(field.getSelectionSet(), fieldType, dropped);
    if (children.isEmpty() && model.isComposite(fieldType)) {
      children = expansion.of(fieldType);
    }
    return Optional.of(
        new FieldSelection(field.getAlias(), field.getName(), arguments(field), children));
  }

  private static Map<String, String> arguments(Field field) {
    Map<String, String> arguments = new LinkedHashMap<>();
    for (Argument argument : field.getArguments()) {
      arguments.put(argument.getName(), AstPrinter.printAst(argument.getValue()));
    }
    return arguments;
  }

  private ObjectNode variableValues(OperationSpec operation, List<VariableDefinition> definitions) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    Optional<ExampleValue> example = operation.example().variables();
    Random random = new Random(operation.name().hashCode());
    for (VariableDefinition definition : definitions) {
      Optional<ExampleValue> value =
          example
              .filter(ExampleValue.ObjectValue.class::isInstance)
              .flatMap(object -> ((ExampleValue.ObjectValue) object).field(definition.name()));
      if (value.isPresent()) {
        json.set(definition.name(), values.fromExample(value.get(), definition.type()));
      } else if (definition.type().isNonNull()) {
        json.set(definition.name(), values.generate(definition.name(), definition.type(), random));
      }
    }
    return json;
  }

  private static String capitalised(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
