package dev.krakenmock.contract.query;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.krakenmock.contract.conformance.ContractChecks;
import dev.krakenmock.contract.conformance.Probe;
import dev.krakenmock.contract.document.GeneratedDocuments;
import dev.krakenmock.contract.model.ContractModel;
import dev.krakenmock.contract.report.ConformanceLedger;
import dev.krakenmock.contract.report.ConformanceReportExtension;
import dev.krakenmock.contract.support.ContractTarget;
import dev.krakenmock.contract.support.MockServerExtension;
import dev.krakenmock.contract.support.SuiteSetting;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Property-based, bounded and seeded: random valid queries drawn from the contract (every operation
 * at least once, selections up to three objects deep, aliases and fragments, arguments of the
 * declared types) must all be answered in the contract's shape. A failure prints the query and
 * variables to reproduce it; the same seed sends the same queries.
 */
@Order(4)
@ExtendWith({MockServerExtension.class, ConformanceReportExtension.class})
class GeneratedQueriesContractIT {

  private static final ContractModel MODEL = ContractModel.bundled();

  @TestFactory
  Stream<DynamicTest> generatedQueriesAreAnsweredInTheContractsShape(
      ContractTarget target, ConformanceLedger ledger) {
    long seed =
        SuiteSetting.GENERATED_SEED
            .lookup()
            .map(Long::parseLong)
            .orElse(GeneratedDocuments.DEFAULT_SEED);
    int count =
        SuiteSetting.GENERATED_COUNT
            .lookup()
            .map(Integer::parseInt)
            .orElse(GeneratedDocuments.DEFAULT_COUNT);
    ledger.target(target.toString());
    ledger.note(
        "Generated queries: "
            + count
            + " from seed "
            + seed
            + " (-D"
            + SuiteSetting.GENERATED_SEED.property()
            + " to vary).");
    ContractChecks checks = ContractChecks.against(target, MODEL);
    return new GeneratedDocuments(MODEL)
        .generate(seed, count).stream()
            .map(
                query ->
                    dynamicTest(
                        query.toString(),
                        () -> {
                          Probe probe = checks.send(query.document());
                          ledger.generated(
                              query.document().operation(), query.number(), probe.judgement());
                          assertTrue(
                              probe.judgement().conformant(),
                              () ->
                                  "Generated query "
                                      + query
                                      + " (seed "
                                      + seed
                                      + ")\n"
                                      + probe.failureMessage());
                        }));
  }
}
