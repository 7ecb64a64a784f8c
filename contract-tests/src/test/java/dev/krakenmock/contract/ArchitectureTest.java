package dev.krakenmock.contract;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

// The suite's code is test code, so test classes are imported on purpose.
@AnalyzeClasses(packages = "dev.krakenmock.contract")
class ArchitectureTest {

  @ArchTest
  static final ArchRule nothingKnowsTheMock =
      noClasses()
          .that()
          .resideInAPackage("dev.krakenmock.contract..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.krakenmock.server..")
          .because(
              "the suite must judge any implementation, the real Kraken API included, as a black"
                  + " box over HTTP; it starts the mock as a jar, as a sidecar would run it");

  @ArchTest
  static final ArchRule onlyDocumentsReadGraphqlText =
      noClasses()
          .that()
          .resideInAPackage("dev.krakenmock.contract..")
          .and()
          .resideOutsideOfPackage("dev.krakenmock.contract.document..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("graphql..")
          .because(
              "the checks judge JSON over HTTP; only the document package parses the reference's"
                  + " example queries");

  @ArchTest
  static final ArchRule packagesDoNotDependOnEachOtherInCycles =
      slices()
          .matching("dev.krakenmock.contract.(*)..")
          .should()
          .beFreeOfCycles()
          .because(
              "each package builds on the ones below it: support, model, document, conformance,"
                  + " report");
}
