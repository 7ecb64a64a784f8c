package dev.krakenmock.contract.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.contract.document.GeneratedDocuments.GeneratedQuery;
import dev.krakenmock.contract.model.ContractModel;
import dev.krakenmock.schema.contract.OperationSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GeneratedDocumentsTest {

  private static final ContractModel MODEL = ContractModel.bundled();
  private static final GeneratedDocuments GENERATOR = new GeneratedDocuments(MODEL);

  @Test
  void generatesTheSameQueriesFromTheSameSeed() {
    assertEquals(texts(GENERATOR.generate(42, 50)), texts(GENERATOR.generate(42, 50)));
    assertNotEquals(texts(GENERATOR.generate(42, 50)), texts(GENERATOR.generate(43, 50)));
  }

  @Test
  void generatesOnlyQueriesTheContractsSchemaAccepts() {
    Map<String, List<String>> invalid = new TreeMap<>();
    for (GeneratedQuery query : GENERATOR.generate(GeneratedDocuments.DEFAULT_SEED, 500)) {
      List<String> errors = ContractSchemaValidation.errors(query.document());
      if (!errors.isEmpty()) {
        invalid.put(query + "\n" + query.document().text(), errors);
      }
    }

    assertEquals(Map.of(), invalid);
  }

  @Test
  void sendsEveryOperationBeforeRepeatingAny() {
    Set<String> first =
        GENERATOR.generate(7, MODEL.operations().size()).stream()
            .map(query -> query.document().operation())
            .collect(Collectors.toSet());

    assertEquals(
        MODEL.operations().stream().map(OperationSpec::name).collect(Collectors.toSet()), first);
  }

  @Test
  void nestsObjectsAtMostThreeDeep() {
    for (GeneratedQuery query : GENERATOR.generate(GeneratedDocuments.DEFAULT_SEED, 200)) {
      int depth = depth(query.document().root());
      assertTrue(depth <= GeneratedDocuments.MAX_DEPTH + 1, query + " nests " + depth + " deep");
    }
  }

  /**
   * The nesting of field selections; a leaf counts 1, {@code __typename} under the deepest object
   * too.
   */
  private static int depth(Selection selection) {
    List<Selection> children =
        selection instanceof FieldSelection field
            ? field.selections()
            : ((FragmentSelection) selection).selections();
    int below = children.stream().mapToInt(GeneratedDocumentsTest::depth).max().orElse(0);
    return selection instanceof FieldSelection ? below + 1 : below;
  }

  private static List<String> texts(List<GeneratedQuery> queries) {
    return queries.stream()
        .map(query -> query.document().text() + query.document().variables())
        .toList();
  }
}
