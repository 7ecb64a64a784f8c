package dev.krakenmock.server.engine;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The depth of a document: the most fields nested in one another, fragments followed. */
final class QueryDepth {

  private final Map<String, FragmentDefinition> fragments = new HashMap<>();

  private QueryDepth(Document document) {
    for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
      fragments.putIfAbsent(fragment.getName(), fragment);
    }
  }

  static int of(Document document) {
    QueryDepth depth = new QueryDepth(document);
    int deepest = 0;
    for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
      deepest = Math.max(deepest, depth.of(operation.getSelectionSet(), new HashSet<>()));
    }
    return deepest;
  }

  private int of(SelectionSet selectionSet, Set<String> spreading) {
    int deepest = 0;
    for (Selection<?> selection : selectionSet.getSelections()) {
      if (selection instanceof Field field) {
        int below = field.getSelectionSet() == null ? 0 : of(field.getSelectionSet(), spreading);
        deepest = Math.max(deepest, 1 + below);
      } else if (selection instanceof InlineFragment inline) {
        deepest = Math.max(deepest, of(inline.getSelectionSet(), spreading));
      } else if (selection instanceof FragmentSpread spread) {
        FragmentDefinition fragment = fragments.get(spread.getName());
        // A fragment that spreads itself is invalid; validation reports it, depth stops here.
        if (fragment != null && spreading.add(spread.getName())) {
          deepest = Math.max(deepest, of(fragment.getSelectionSet(), spreading));
          spreading.remove(spread.getName());
        }
      }
    }
    return deepest;
  }
}
