package dev.krakenmock.server.engine;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which fragments and variables each operation of a document uses, so that taking fields out of
 * a document can also take out what only they used: GraphQL rejects unused fragments and
 * variables.
 */
final class DocumentUsage {

  private final Map<String, FragmentDefinition> fragments = new HashMap<>();

  private DocumentUsage(Document document) {
    for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
      fragments.putIfAbsent(fragment.getName(), fragment);
    }
  }

  /**
   * The rewritten document without the fragments and variable definitions that were used in the
   * original and are no longer used after the rewrite.
   */
  static Document withoutNewlyUnused(Document original, Document rewritten) {
    DocumentUsage before = new DocumentUsage(original);
    DocumentUsage after = new DocumentUsage(rewritten);
    Set<String> fragmentsBefore = new HashSet<>();
    Set<String> fragmentsAfter = new HashSet<>();
    for (OperationDefinition operation : original.getDefinitionsOfType(OperationDefinition.class)) {
      before.collect(operation.getSelectionSet(), fragmentsBefore, new HashSet<>());
    }
    for (OperationDefinition operation : rewritten.getDefinitionsOfType(OperationDefinition.class)) {
      after.collect(operation.getSelectionSet(), fragmentsAfter, new HashSet<>());
    }
    List<Definition> kept = new ArrayList<>();
    for (Definition<?> definition : rewritten.getDefinitions()) {
      if (definition instanceof FragmentDefinition fragment) {
        if (fragmentsBefore.contains(fragment.getName())
            && !fragmentsAfter.contains(fragment.getName())) {
          continue;
        }
        kept.add(fragment);
      } else if (definition instanceof OperationDefinition operation) {
        kept.add(withoutUnusedVariables(before, after, findOriginal(original, operation),
            operation));
      } else {
        kept.add(definition);
      }
    }
    return rewritten.transform(builder -> builder.definitions(kept));
  }

  private static OperationDefinition findOriginal(Document original,
      OperationDefinition rewritten) {
    return original.getDefinitionsOfType(OperationDefinition.class).stream()
        .filter(o -> java.util.Objects.equals(o.getName(), rewritten.getName()))
        .findFirst().orElse(rewritten);
  }

  private static OperationDefinition withoutUnusedVariables(DocumentUsage before,
      DocumentUsage after, OperationDefinition original, OperationDefinition rewritten) {
    Set<String> usedBefore = new HashSet<>();
    Set<String> usedAfter = new HashSet<>();
    before.collect(original.getSelectionSet(), new HashSet<>(), usedBefore);
    after.collect(rewritten.getSelectionSet(), new HashSet<>(), usedAfter);
    original.getDirectives().forEach(d -> variables(d.getArguments(), usedBefore));
    rewritten.getDirectives().forEach(d -> variables(d.getArguments(), usedAfter));
    List<VariableDefinition> kept = rewritten.getVariableDefinitions().stream()
        .filter(v -> !usedBefore.contains(v.getName()) || usedAfter.contains(v.getName()))
        .toList();
    if (kept.size() == rewritten.getVariableDefinitions().size()) {
      return rewritten;
    }
    return rewritten.transform(builder -> builder.variableDefinitions(kept));
  }

  private void collect(SelectionSet selectionSet, Set<String> fragmentNames,
      Set<String> variableNames) {
    for (Selection<?> selection : selectionSet.getSelections()) {
      if (selection instanceof Field field) {
        variables(field.getArguments(), variableNames);
        directives(field.getDirectives(), variableNames);
        if (field.getSelectionSet() != null) {
          collect(field.getSelectionSet(), fragmentNames, variableNames);
        }
      } else if (selection instanceof InlineFragment inline) {
        directives(inline.getDirectives(), variableNames);
        collect(inline.getSelectionSet(), fragmentNames, variableNames);
      } else if (selection instanceof FragmentSpread spread) {
        directives(spread.getDirectives(), variableNames);
        FragmentDefinition fragment = fragments.get(spread.getName());
        if (fragmentNames.add(spread.getName()) && fragment != null) {
          collect(fragment.getSelectionSet(), fragmentNames, variableNames);
        }
      }
    }
  }

  private static void directives(List<Directive> directives, Set<String> names) {
    directives.forEach(directive -> variables(directive.getArguments(), names));
  }

  private static void variables(List<Argument> arguments, Set<String> names) {
    arguments.forEach(argument -> value(argument.getValue(), names));
  }

  private static void value(Value<?> value, Set<String> names) {
    if (value instanceof VariableReference variable) {
      names.add(variable.getName());
    } else if (value instanceof ArrayValue array) {
      array.getValues().forEach(element -> value(element, names));
    } else if (value instanceof ObjectValue object) {
      for (ObjectField field : object.getObjectFields()) {
        value(field.getValue(), names);
      }
    }
  }
}
