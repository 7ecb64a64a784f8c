package dev.krakenmock.contract.query;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.krakenmock.contract.conformance.ContractChecks;
import dev.krakenmock.contract.conformance.Probe;
import dev.krakenmock.contract.model.ContractModel;
import dev.krakenmock.contract.report.ConformanceLedger;
import dev.krakenmock.contract.report.ConformanceReportExtension;
import dev.krakenmock.contract.support.ContractTarget;
import dev.krakenmock.contract.support.MockServerExtension;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sends each documented example, its fragments expanded to what the contract knows, and checks the
 * answer: data in exactly the selection's shape, or errors in Kraken's envelope with codes the
 * operation documents or global ones.
 */
@Order(2)
@ExtendWith({MockServerExtension.class, ConformanceReportExtension.class})
class ExampleQueriesContractIT {

  private static final ContractModel MODEL = ContractModel.bundled();

  @TestFactory
  Stream<DynamicTest> everyExampleIsAnsweredInTheContractsShape(
      ContractTarget target, ConformanceLedger ledger) {
    ledger.target(target.toString());
    ContractChecks checks = ContractChecks.against(target, MODEL);
    return MODEL.operations().stream()
        .map(
            operation ->
                dynamicTest(
                    operation.name(),
                    () -> {
                      Probe probe = checks.example(operation);
                      ledger.example(operation.name(), probe.judgement(), probe.document().notes());
                      assertTrue(probe.judgement().conformant(), probe::failureMessage);
                      if (target.isLocalMock() && probe.document().opaqueInputs().isEmpty()) {
                        // The mock has a token with every permission: it must answer every example
                        // whose input the suite can write.
                        assertTrue(
                            probe.judgement().exercised(),
                            () ->
                                "the mock "
                                    + probe.judgement().summary()
                                    + "\n"
                                    + probe.document().reproduction());
                      }
                    }));
  }
}
