package dev.krakenmock.junit;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

@AnalyzeClasses(
    packages = "dev.krakenmock.junit",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String SERVER_FACADE = "dev.krakenmock.server";
  private static final String SERVER_CONFIG = "dev.krakenmock.server.config";

  @ArchTest
  static final ArchRule usesOnlyTheServersFacadeAndConfig =
      noClasses()
          .should()
          .dependOnClassesThat(resideInAPackage("dev.krakenmock.server..")
              .and(not(resideInAnyPackage(SERVER_FACADE, SERVER_CONFIG))))
          .because(
              "the extension embeds the server as any application would, through MockServer and"
                  + " MockServerConfig; the server's inner packages may change without notice");

  @ArchTest
  static final ArchRule onlyTheLifecycleStartsTheServer =
      noClasses()
          .that()
          .doNotHaveSimpleName("RunningServer")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName(SERVER_FACADE + ".MockServer")
          .because(
              "tests reach the server over HTTP only, as their application does; so the handles"
                  + " and the admin client would work against a mock in a container too");

  @ArchTest
  static final ArchRule noWebServerOrGraphqlLibrary =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.javalin..", "graphql..", "org.eclipse.jetty..")
          .because(
              "the client side needs nothing but java.net.http and Jackson; the server's"
                  + " libraries are its own business");

  @ArchTest
  static final ArchRule noConsoleOutput =
      noClasses()
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .because("an extension must not write into the test run's console; JUnit reports"
              + " failures");

  @ArchTest
  static final ArchRule noGenericExceptions =
      GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.because(
          "callers can only handle failures whose type says what went wrong");
}
