package dev.krakenmock.schema.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.schema.contract.ApiContract;
import dev.krakenmock.schema.contract.OperationSpec;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class QueriesReferenceTest {

  private static final ApiContract CONTRACT = QueriesReference.bundledContract();

  @Test
  void readsEveryOperationOfTheReference() {
    assertEquals(176, CONTRACT.operations().size());
  }

  @Test
  void collectsEveryDistinctErrorCode() {
    assertEquals(144, CONTRACT.errorCodes().size());
  }

  @Test
  void debugDump() {
    Map<String, Integer> unpaired = new TreeMap<>();
    for (OperationSpec op : CONTRACT.operations()) {
      if (!op.argumentDescriptionsPaired()) {
        unpaired.put(op.name(), op.argumentTable().rowCount() - op.arguments().size());
      }
      assertFalse(op.complexity().isEmpty(), op.name());
    }
    System.out.println("UNPAIRED " + unpaired.size() + " " + unpaired);
    assertTrue(true);
  }
}
