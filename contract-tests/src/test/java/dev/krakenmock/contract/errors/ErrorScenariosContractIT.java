package dev.krakenmock.contract.errors;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.krakenmock.contract.conformance.ContractChecks;
import dev.krakenmock.contract.conformance.Probe;
import dev.krakenmock.contract.model.ContractModel;
import dev.krakenmock.contract.report.ConformanceLedger;
import dev.krakenmock.contract.report.ConformanceReportExtension;
import dev.krakenmock.contract.support.ContractTarget;
import dev.krakenmock.contract.support.MockServerExtension;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Triggers every documented (operation, code) pair with {@code X-Mock-Scenario} and checks that the
 * code comes back on the operation's root field in Kraken's envelope, with its path, location and
 * message, and the field null. Targets that do not carry out scripted errors (the real API) skip
 * the group.
 */
@Order(3)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith({MockServerExtension.class, ConformanceReportExtension.class})
class ErrorScenariosContractIT {

  private static final ContractModel MODEL = ContractModel.bundled();
  private static final String NOT_HONOURED =
      "the target does not carry out X-Mock-Scenario (account/KT-CT-4177 did not come back), so"
          + " the documented codes cannot be triggered; only kraken-mock scripts errors";

  private boolean honoured;

  @BeforeAll
  void probeScenarioSupport(ContractTarget target, ConformanceLedger ledger) {
    ledger.target(target.toString());
    honoured = ContractChecks.against(target, MODEL).honoursScenarios();
    ledger.note(
        honoured
            ? "Scripted errors: "
                + MODEL.documentedErrors().size()
                + " documented (operation, code) pairs triggered with X-Mock-Scenario."
            : "Scripted errors skipped: " + NOT_HONOURED + ".");
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentedErrorComesBackInKrakensEnvelope(
      ContractTarget target, ConformanceLedger ledger) {
    ContractChecks checks = ContractChecks.against(target, MODEL);
    return MODEL.documentedErrors().stream()
        .map(
            pair ->
                dynamicTest(
                    pair.toString(),
                    () -> {
                      assumeTrue(honoured, NOT_HONOURED);
                      Probe probe = checks.scenario(pair);
                      ledger.scenario(
                          pair.operation().name(), pair.error().code(), probe.judgement());
                      assertTrue(probe.judgement().conformant(), probe::failureMessage);
                    }));
  }
}
