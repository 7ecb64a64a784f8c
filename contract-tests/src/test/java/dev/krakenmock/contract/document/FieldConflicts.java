package dev.krakenmock.contract.document;

import dev.krakenmock.contract.model.ContractModel;
import dev.krakenmock.schema.contract.FieldSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps a selection valid where fragments on different members select same-named fields of
 * different types ({@code ... on A { status } ... on B { status }} with an enum and a string):
 * GraphQL requires fields sharing a response key to have the same shape, so the fragments' copies
 * get an alias made of the member and the field ({@code bStatus: status}).
 */
final class FieldConflicts {

  private final ContractModel model;

  FieldConflicts(ContractModel model) {
    this.model = model;
  }

  /** The selections on the type, with conflicting fields of fragments aliased, at every depth. */
  List<Selection> resolve(String typeName, List<Selection> selections) {
    Map<String, Set<String>> shapes = new HashMap<>();
    collect(typeName, selections, shapes);
    Set<String> conflicting = new HashSet<>();
    shapes.forEach(
        (key, types) -> {
          if (types.size() > 1) {
            conflicting.add(key);
          }
        });
    return rewrite(typeName, selections, conflicting, false);
  }

  private void collect(String owner, List<Selection> selections, Map<String, Set<String>> shapes) {
    for (Selection selection : selections) {
      if (selection instanceof FieldSelection field && !field.isTypename()) {
        String type =
            fieldType(owner, field.name()).map(spec -> spec.type().toString()).orElse("?");
        shapes.computeIfAbsent(field.responseKey(), key -> new HashSet<>()).add(type);
      } else if (selection instanceof FragmentSelection fragment) {
        collect(fragment.typeCondition(), fragment.selections(), shapes);
      }
    }
  }

  private List<Selection> rewrite(
      String owner, List<Selection> selections, Set<String> conflicting, boolean inFragment) {
    List<Selection> rewritten = new ArrayList<>();
    for (Selection selection : selections) {
      if (selection instanceof FragmentSelection fragment) {
        String condition = fragment.typeCondition();
        rewritten.add(
            new FragmentSelection(
                condition, rewrite(condition, fragment.selections(), conflicting, true)));
        continue;
      }
      FieldSelection field = (FieldSelection) selection;
      String alias = field.alias();
      if (inFragment && !field.isTypename() && conflicting.contains(field.responseKey())) {
        alias = lowerFirst(owner) + upperFirst(field.responseKey());
      }
      List<Selection> children = field.selections();
      Optional<FieldSpec> spec = fieldType(owner, field.name());
      if (!children.isEmpty() && spec.isPresent()) {
        children = resolve(spec.get().type().name(), children);
      }
      rewritten.add(new FieldSelection(alias, field.name(), field.arguments(), children));
    }
    return rewritten;
  }

  private Optional<FieldSpec> fieldType(String owner, String fieldName) {
    return model.field(owner, fieldName);
  }

  private static String lowerFirst(String text) {
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static String upperFirst(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
