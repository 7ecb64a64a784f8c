package dev.krakenmock.contract.document;

import dev.krakenmock.contract.model.ContractModel;
import dev.krakenmock.schema.contract.ArgumentSpec;
import dev.krakenmock.schema.contract.FieldSpec;
import dev.krakenmock.schema.contract.OperationSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random valid queries, drawn from the contract with a fixed seed so that every run sends the same
 * ones: a documented operation (each one once, in a shuffled order, before any repeats), its
 * required arguments and some optional ones with values of their types, and a random selection of
 * its type's documented fields, aliases and fragments on known members included, objects nested at
 * most {@value #MAX_DEPTH} deep.
 */
public final class GeneratedDocuments {

  /** The seed of a run that sets none. */
  public static final long DEFAULT_SEED = 20240917L;

  /** How many queries a run that sets no count generates. */
  public static final int DEFAULT_COUNT = 200;

  /** How deep objects nest below the root field, the root counting as 1. */
  public static final int MAX_DEPTH = 3;

  private static final int MAX_FIELDS = 4;
  private static final double OPTIONAL_ARGUMENT = 0.4;
  private static final double ALIAS = 0.15;
  private static final double TYPENAME = 0.1;

  private final ContractModel model;
  private final ArgumentValues values;
  private final FieldConflicts conflicts;

  public GeneratedDocuments(ContractModel model) {
    this.model = model;
    this.values = new ArgumentValues(model);
    this.conflicts = new FieldConflicts(model);
  }

  /** A seeded, generated query: its number in the run and its document. */
  public record GeneratedQuery(int number, long seed, QueryDocument document) {
    @Override
    public String toString() {
      return "#" + number + " " + document.operation();
    }
  }

  /** {@code count} queries from {@code seed}; the same arguments give the same queries. */
  public List<GeneratedQuery> generate(long seed, int count) {
    Random random = new Random(seed);
    List<OperationSpec> order = new ArrayList<>(model.operations());
    Collections.shuffle(order, random);
    List<GeneratedQuery> queries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      OperationSpec operation =
          i < order.size() ? order.get(i) : order.get(random.nextInt(order.size()));
      queries.add(new GeneratedQuery(i + 1, seed, document(operation, i + 1, random)));
    }
    return queries;
  }

  private QueryDocument document(OperationSpec operation, int number, Random random) {
    List<VariableDefinition> definitions = new ArrayList<>();
    Map<String, String> arguments = new LinkedHashMap<>();
    ObjectNode variables = JsonNodeFactory.instance.objectNode();
    for (ArgumentSpec argument : operation.arguments()) {
      if (!argument.type().isNonNull() && random.nextDouble() >= OPTIONAL_ARGUMENT) {
        continue;
      }
      definitions.add(new VariableDefinition(argument.name(), argument.type()));
      arguments.put(argument.name(), "$" + argument.name());
      variables.set(argument.name(), values.generate(argument.name(), argument.type(), random));
    }
    String type = operation.returnType().name();
    List<Selection> selections =
        model.isComposite(type) ? selection(type, 2, random) : List.<Selection>of();
    String alias = random.nextDouble() < ALIAS ? "generated" : null;
    FieldSelection root =
        new FieldSelection(alias, operation.name(), arguments, conflicts.resolve(type, selections));
    List<String> opaqueInputs =
        definitions.stream()
            .map(definition -> definition.type().name())
            .filter(values::isOpaqueInput)
            .distinct()
            .toList();
    return new QueryDocument(
        operation.name(),
        "Generated" + number,
        definitions,
        root,
        variables,
        opaqueInputs,
        List.of());
  }

  /** A random selection on a type, for a field at the given depth (the root's children are 2). */
  private List<Selection> selection(String typeName, int depth, Random random) {
    List<Selection> selections = new ArrayList<>();
    if (model.isAbstract(typeName) || random.nextDouble() < TYPENAME) {
      selections.add(FieldSelection.typename());
    }
    if (model.isOpaque(typeName)) {
      return selections.isEmpty() ? List.of(FieldSelection.typename()) : selections;
    }
    List<FieldSpec> fields = new ArrayList<>(model.fields(typeName));
    Collections.shuffle(fields, random);
    int wanted = fields.isEmpty() ? 0 : 1 + random.nextInt(Math.min(MAX_FIELDS, fields.size()));
    for (FieldSpec field : fields.subList(0, wanted)) {
      selections.add(field(field, depth, random));
    }
    for (String member :
        model.isAbstract(typeName) ? model.possibleTypes(typeName) : List.<String>of()) {
      if (!model.isOpaque(member) && random.nextBoolean()) {
        selections.add(new FragmentSelection(member, selection(member, depth, random)));
      }
    }
    if (selections.isEmpty()) {
      selections.add(FieldSelection.typename());
    }
    return selections;
  }

  private FieldSelection field(FieldSpec field, int depth, Random random) {
    String alias = random.nextDouble() < ALIAS ? field.name() + "Alias" : null;
    String type = field.type().name();
    if (!model.isComposite(type)) {
      return new FieldSelection(alias, field.name(), Map.of(), List.of());
    }
    Map<String, String> arguments = new LinkedHashMap<>();
    if (field.arguments().stream().anyMatch(argument -> argument.name().equals("first"))) {
      arguments.put("first", String.valueOf(1 + random.nextInt(3)));
    }
    List<Selection> children =
        depth >= MAX_DEPTH
            ? List.of(FieldSelection.typename())
            : selection(type, depth + 1, random);
    return new FieldSelection(alias, field.name(), arguments, children);
  }
}
