package dev.krakenmock.contract.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.krakenmock.contract.conformance.ContractChecks;
import dev.krakenmock.contract.conformance.Departure;
import dev.krakenmock.contract.conformance.IntrospectedSchema;
import dev.krakenmock.contract.conformance.IntrospectionUnavailableException;
import dev.krakenmock.contract.model.ContractModel;
import dev.krakenmock.contract.report.ConformanceLedger;
import dev.krakenmock.contract.report.ConformanceReportExtension;
import dev.krakenmock.contract.support.ContractTarget;
import dev.krakenmock.contract.support.MockServerExtension;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reads the target's schema with one standard introspection query and compares each documented
 * operation with it: the field, its arguments, its return type and the types below it.
 */
@Order(1)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith({MockServerExtension.class, ConformanceReportExtension.class})
class SchemaIntrospectionContractIT {

  private static final ContractModel MODEL = ContractModel.bundled();

  private @Nullable IntrospectedSchema schema;
  private String unavailable = "";

  @BeforeAll
  void introspectOnce(ContractTarget target, ConformanceLedger ledger) {
    ledger.target(target.toString());
    try {
      schema = ContractChecks.against(target, MODEL).introspect();
    } catch (IntrospectionUnavailableException refused) {
      unavailable = refused.getMessage();
      ledger.note(
          "Schema checks skipped: the target does not answer introspection (" + unavailable + ").");
    }
  }

  @Test
  void namesAQueryTypeWithFields() {
    IntrospectedSchema introspected = introspected();
    assertEquals("Query", introspected.queryTypeName());
    assertFalse(introspected.queryFields().isEmpty(), "the query type has no fields");
  }

  @TestFactory
  Stream<DynamicTest> everyOperationHasItsFieldArgumentsAndTypes(
      ContractTarget target, ConformanceLedger ledger) {
    ContractChecks checks = ContractChecks.against(target, MODEL);
    return MODEL.operations().stream()
        .map(
            operation ->
                dynamicTest(
                    operation.name(),
                    () -> {
                      List<Departure> departures = checks.schemaOf(operation, introspected());
                      ledger.schema(operation.name(), departures);
                      assertTrue(
                          departures.isEmpty(),
                          () ->
                              operation.name()
                                  + " departs from the contract in the target's schema:\n"
                                  + departures.stream()
                                      .map(Departure::toString)
                                      .collect(Collectors.joining("\n")));
                    }));
  }

  private IntrospectedSchema introspected() {
    assumeTrue(schema != null, () -> "the target does not answer introspection: " + unavailable);
    return schema;
  }
}
