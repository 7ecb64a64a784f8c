package dev.krakenmock.contract.document;

import dev.krakenmock.contract.model.ContractModel;
import dev.krakenmock.schema.contract.FieldSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * What a fragment of the reference ({@code ...RichAddressTypeFragment}) stands for: the fields the
 * contract knows for the type. Nested objects are expanded in turn down to {@link #DEPTH} levels
 * and never into a type already being expanded; below that, and for opaque types, only {@code
 * __typename} is selected. Abstract types get {@code __typename} and a fragment per known member.
 * Nested connections ask for {@value #NESTED_PAGE_SIZE} nodes, to keep the query inside the API's
 * complexity and node limits.
 */
public final class SelectionExpansion {

  /** How many levels of objects a fragment expands to. */
  public static final int DEPTH = 3;

  /** The page nested connections ask for. */
  public static final int NESTED_PAGE_SIZE = 2;

  private static final String PAGE_ARGUMENT = "first";

  private final ContractModel model;

  public SelectionExpansion(ContractModel model) {
    this.model = model;
  }

  /** The selection a fragment on the type stands for. */
  public List<Selection> of(String typeName) {
    Deque<String> expanding = new ArrayDeque<>();
    expanding.push(typeName);
    return expand(typeName, 1, expanding);
  }

  private List<Selection> expand(String typeName, int depth, Deque<String> expanding) {
    List<Selection> selections = new ArrayList<>();
    if (model.isAbstract(typeName)) {
      selections.add(FieldSelection.typename());
    }
    if (model.isOpaque(typeName)) {
      return selections.isEmpty() ? List.of(FieldSelection.typename()) : selections;
    }
    for (FieldSpec field : model.fields(typeName)) {
      selections.add(field(field, depth, expanding));
    }
    if (model.isAbstract(typeName)) {
      for (String member : model.possibleTypes(typeName)) {
        List<Selection> own = memberOnlyFields(typeName, member, depth, expanding);
        if (!own.isEmpty()) {
          selections.add(new FragmentSelection(member, own));
        }
      }
    }
    return selections;
  }

  private List<Selection> memberOnlyFields(
      String abstractType, String member, int depth, Deque<String> expanding) {
    if (model.isOpaque(member) || expanding.contains(member)) {
      return List.of();
    }
    expanding.push(member);
    List<Selection> own = new ArrayList<>();
    for (FieldSpec field : model.fields(member)) {
      if (model.field(abstractType, field.name()).isEmpty()) {
        own.add(field(field, depth, expanding));
      }
    }
    expanding.pop();
    return own;
  }

  private FieldSelection field(FieldSpec field, int depth, Deque<String> expanding) {
    String type = field.type().name();
    if (!model.isComposite(type)) {
      return FieldSelection.leaf(field.name());
    }
    Map<String, String> arguments =
        field.arguments().stream().anyMatch(argument -> argument.name().equals(PAGE_ARGUMENT))
            ? Map.of(PAGE_ARGUMENT, String.valueOf(NESTED_PAGE_SIZE))
            : Map.of();
    if (depth >= DEPTH || expanding.contains(type)) {
      return new FieldSelection(null, field.name(), arguments, List.of(FieldSelection.typename()));
    }
    expanding.push(type);
    List<Selection> children = expand(type, depth + 1, expanding);
    expanding.pop();
    return new FieldSelection(null, field.name(), arguments, children);
  }
}
