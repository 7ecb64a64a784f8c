package dev.krakenmock.contract.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A selected field: its alias, name, arguments (as GraphQL literal text, e.g. {@code
 * $accountNumber} or {@code 2}) and sub-selections.
 */
public record FieldSelection(
    @Nullable String alias, String name, Map<String, String> arguments, List<Selection> selections)
    implements Selection {

  /** The meta-field that names a value's object type. */
  public static final String TYPENAME = "__typename";

  public FieldSelection {
    Objects.requireNonNull(name, "name");
    arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    selections = List.copyOf(selections);
  }

  /** A field without alias, arguments or sub-selections. */
  public static FieldSelection leaf(String name) {
    return new FieldSelection(null, name, Map.of(), List.of());
  }

  /** {@code __typename}. */
  public static FieldSelection typename() {
    return leaf(TYPENAME);
  }

  /** The key of the field in the response: its alias, else its name. */
  public String responseKey() {
    return alias == null ? name : alias;
  }

  public boolean isTypename() {
    return name.equals(TYPENAME);
  }
}
