package dev.krakenmock.contract.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.contract.model.ContractModel;
import dev.krakenmock.schema.contract.OperationSpec;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ExampleDocumentsTest {

  private static final ContractModel MODEL = ContractModel.bundled();
  private static final ExampleDocuments EXAMPLES = new ExampleDocuments(MODEL);

  @Test
  void turnsEveryExampleIntoAQueryTheContractsSchemaAccepts() {
    Map<String, List<String>> invalid = new TreeMap<>();
    for (OperationSpec operation : MODEL.operations()) {
      List<String> errors = ContractSchemaValidation.errors(EXAMPLES.of(operation));
      if (!errors.isEmpty()) {
        invalid.put(operation.name(), errors);
      }
    }

    assertEquals(Map.of(), invalid);
  }

  @Test
  void expandsAFragmentOnAnOpaqueTypeToItsTypename() {
    FieldSelection address = field(EXAMPLES.of(MODEL.operation("account")).root(), "address");

    assertEquals(List.of(FieldSelection.typename()), address.selections());
  }

  @Test
  void expandsAFragmentOnADocumentedTypeToItsFields() {
    FieldSelection bills = field(EXAMPLES.of(MODEL.operation("account")).root(), "bills");

    assertEquals(
        List.of("edgeCount", "edges", "pageInfo", "totalCount"),
        bills.selections().stream().map(selection -> ((FieldSelection) selection).name()).toList());
  }

  @Test
  void asksAUnionForItsTypename() {
    QueryDocument backendScreen = EXAMPLES.of(MODEL.operation("backendScreen"));

    assertEquals(FieldSelection.typename(), backendScreen.root().selections().get(0));
  }

  @Test
  void sendsAnEmptyObjectForAnOpaqueInputAndSaysSo() {
    QueryDocument brownouts = EXAMPLES.of(MODEL.operation("apiBrownouts"));

    assertTrue(brownouts.variables().toString().contains("\"input\":{}"),
        brownouts.variables().toString());
    assertEquals(List.of("APIBrownoutInput"), brownouts.opaqueInputs());
  }

  @Test
  void sendsTheInputsKrakenDocumentsOutsideTheReference() {
    QueryDocument possibleErrors = EXAMPLES.of(MODEL.operation("possibleErrors"));

    assertEquals("{\"input\":{\"name\":\"account\",\"type\":\"QUERY\",\"authErrors\":true}}",
        possibleErrors.variables().toString());
  }

  @Test
  void leavesOutFieldsTheDeclaredTypeLacksAndSaysSo() {
    QueryDocument properties = EXAMPLES.of(MODEL.operation("properties"));

    assertFalse(properties.notes().isEmpty());
    assertTrue(properties.notes().get(0).contains("PropertyConnectionTypeConnection"));
    assertTrue(properties.text().contains("edges"));
  }

  @Test
  void printsTheRootFieldWhereErrorsMustLocateIt() {
    String[] lines = EXAMPLES.of(MODEL.operation("account")).text().split("\n");

    assertTrue(lines[1].startsWith("  account("), lines[1]);
    assertEquals(QueryDocument.ROOT_LOCATION, new QueryDocument.SourceLocation(2, 3));
  }

  private static FieldSelection field(FieldSelection parent, String name) {
    return parent.selections().stream()
        .filter(FieldSelection.class::isInstance)
        .map(FieldSelection.class::cast)
        .filter(field -> field.name().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
