package dev.krakenmock.contract.document;

import dev.krakenmock.contract.support.GraphqlRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ObjectNode;

/**
 * A query of one documented operation, as the suite sends it: one root field with its selection
 * set, the variables it declares and their values. The text is printed with the root field on line
 * 2, column 3, so that the location an error must carry is known.
 *
 * @param operation the documented operation (the root field's name)
 * @param operationName the GraphQL operation name
 * @param variableDefinitions the declared variables
 * @param root the root field
 * @param variables the values sent for the variables
 * @param opaqueInputs the input types the reference names without documenting their fields, for
 *     which {@code {}} was sent: a target may rightly refuse it
 * @param notes how the document departs from the reference's example, if it does
 */
public record QueryDocument(
    String operation,
    String operationName,
    List<VariableDefinition> variableDefinitions,
    FieldSelection root,
    ObjectNode variables,
    List<String> opaqueInputs,
    List<String> notes) {

  /** Where the root field starts in {@link #text()}: line 2, after two spaces. */
  public static final SourceLocation ROOT_LOCATION = new SourceLocation(2, 3);

  private static final String INDENT = "  ";

  public QueryDocument {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(operationName, "operationName");
    variableDefinitions = List.copyOf(variableDefinitions);
    Objects.requireNonNull(root, "root");
    variables = variables.deepCopy();
    opaqueInputs = List.copyOf(opaqueInputs);
    notes = List.copyOf(notes);
  }

  /** The query text. */
  public String text() {
    StringBuilder text = new StringBuilder("query ").append(operationName);
    if (!variableDefinitions.isEmpty()) {
      text.append(
          variableDefinitions.stream()
              .map(VariableDefinition::toString)
              .collect(Collectors.joining(", ", "(", ")")));
    }
    text.append(" {\n");
    print(root, 1, text);
    return text.append("}\n").toString();
  }

  /** The HTTP request of this document. */
  public GraphqlRequest request() {
    return new GraphqlRequest(text(), operationName, variables, Map.of());
  }

  /** The query and variables, to reproduce a failure by hand. */
  public String reproduction() {
    return "query:\n" + text() + "variables: " + variables;
  }

  /** A line and column of the query text, both counted from 1. */
  public record SourceLocation(int line, int column) {}

  private static void print(Selection selection, int depth, StringBuilder text) {
    text.append(INDENT.repeat(depth));
    List<Selection> children;
    if (selection instanceof FieldSelection field) {
      if (field.alias() != null) {
        text.append(field.alias()).append(": ");
      }
      text.append(field.name());
      if (!field.arguments().isEmpty()) {
        text.append(
            field.arguments().entrySet().stream()
                .map(argument -> argument.getKey() + ": " + argument.getValue())
                .collect(Collectors.joining(", ", "(", ")")));
      }
      children = field.selections();
    } else {
      FragmentSelection fragment = (FragmentSelection) selection;
      text.append("... on ").append(fragment.typeCondition());
      children = fragment.selections();
    }
    if (children.isEmpty()) {
      text.append('\n');
      return;
    }
    text.append(" {\n");
    children.forEach(child -> print(child, depth + 1, text));
    text.append(INDENT.repeat(depth)).append("}\n");
  }
}
