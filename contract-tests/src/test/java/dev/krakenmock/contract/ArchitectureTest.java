package dev.krakenmock.contract;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

// The suite's code is test code, so test classes are imported on purpose.
@AnalyzeClasses(packages = "dev.krakenmock.contract")
class ArchitectureTest {

  private static final String LAUNCHER = "dev.krakenmock.contract.support.LocalServerLauncher";

  @ArchTest
  static final ArchRule onlyTheLauncherKnowsTheMock =
      noClasses()
          .that()
          .resideInAPackage("dev.krakenmock.contract..")
          .and(not(belongToTheLauncher()))
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.krakenmock.server..")
          .because(
              "the suite must judge any implementation, the real Kraken API included, as a black"
                  + " box over HTTP; only support.LocalServerLauncher may start the mock"
                  + " in-process");

  private static DescribedPredicate<JavaClass> belongToTheLauncher() {
    return DescribedPredicate.describe(
        "belong to " + LAUNCHER,
        javaClass ->
            javaClass.getName().equals(LAUNCHER) || javaClass.getName().startsWith(LAUNCHER + "$"));
  }
}
