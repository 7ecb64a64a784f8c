package dev.krakenmock.server;

import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

@AnalyzeClasses(
    packages = "dev.krakenmock.server",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String CLI = "dev.krakenmock.server.cli..";
  private static final String FACADE = "dev.krakenmock.server";
  private static final String HTTP = "dev.krakenmock.server.http..";
  private static final String ADMIN = "dev.krakenmock.server.admin..";
  private static final String RECORD = "dev.krakenmock.server.record..";
  private static final String ENGINE = "dev.krakenmock.server.engine..";
  private static final String SCENARIO = "dev.krakenmock.server.scenario..";
  private static final String FIXTURE = "dev.krakenmock.server.fixture..";
  private static final String DATA = "dev.krakenmock.server.data..";
  private static final String JOURNAL = "dev.krakenmock.server.journal..";
  private static final String AUTH = "dev.krakenmock.server.auth..";
  private static final String CONFIG = "dev.krakenmock.server.config..";
  private static final String FILES = "dev.krakenmock.server.files..";

  // Layers that have no classes yet are optional, so the rule already governs them when they come.
  @ArchTest
  static final ArchRule outerLayersUseInnerOnesNeverTheReverse =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .withOptionalLayers(true)
          .layer("cli")
          .definedBy(CLI)
          .layer("facade")
          .definedBy(FACADE)
          .layer("http")
          .definedBy(HTTP)
          .layer("admin")
          .definedBy(ADMIN)
          .layer("record")
          .definedBy(RECORD)
          .layer("engine")
          .definedBy(ENGINE)
          .layer("scenario")
          .definedBy(SCENARIO)
          .layer("fixture")
          .definedBy(FIXTURE)
          .layer("data")
          .definedBy(DATA)
          .layer("journal")
          .definedBy(JOURNAL)
          .layer("auth")
          .definedBy(AUTH)
          .layer("config")
          .definedBy(CONFIG)
          .layer("files")
          .definedBy(FILES)
          .whereLayer("cli")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("facade")
          .mayOnlyBeAccessedByLayers("cli")
          .whereLayer("http")
          .mayOnlyBeAccessedByLayers("cli", "facade")
          .whereLayer("admin")
          .mayOnlyBeAccessedByLayers("cli", "facade", "http")
          // Record mode replaces the engine: the endpoint forwards to it; it knows no web server.
          .whereLayer("record")
          .mayOnlyBeAccessedByLayers("cli", "facade", "http")
          .whereLayer("engine")
          .mayOnlyBeAccessedByLayers("cli", "facade", "http", "admin")
          .whereLayer("scenario")
          .mayOnlyBeAccessedByLayers("cli", "facade", "http", "admin", "engine")
          // Fixtures are data the engine merges and the admin API edits; they know neither, and
          // see the GraphQL schema only as the plain FixtureSchema the engine hands them.
          .whereLayer("fixture")
          .mayOnlyBeAccessedByLayers("cli", "facade", "http", "admin", "engine")
          .whereLayer("data")
          .mayOnlyBeAccessedByLayers("cli", "facade", "http", "admin", "engine", "record")
          // The HTTP layer records the journal and the admin API reads it; the engine hands what
          // it knows of a request back in its response and never writes the journal itself.
          .whereLayer("journal")
          .mayOnlyBeAccessedByLayers("cli", "facade", "http", "admin")
          .whereLayer("auth")
          .mayOnlyBeAccessedByLayers("cli", "facade", "http", "admin", "engine")
          .whereLayer("config")
          .mayOnlyBeAccessedByLayers(
              "cli", "facade", "http", "admin", "engine", "scenario", "data", "journal", "auth",
              "record")
          // Reloading folders and reading their JSON is the same for scenarios and fixtures, and knows
          // neither.
          .whereLayer("files")
          .mayOnlyBeAccessedByLayers("scenario", "fixture")
          .because(
              "inner layers must stay usable and testable without the outer ones: "
                  + "cli -> MockServer -> http -> (admin, engine, record) "
                  + "-> (scenario, fixture, data, journal, auth) -> (config, files)");

  @ArchTest
  static final ArchRule journalIsPlainJava =
      classes()
          .that()
          .resideInAPackage(JOURNAL)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(JOURNAL, "java..", "org.jspecify..")
          .because(
              "every request is recorded into the journal, so recording must cost no more than "
                  + "plain Java values do, and its entries must outlive any request or library "
                  + "object they came from");

  @ArchTest
  static final ArchRule nothingDependsOnTheCommandLine =
      noClasses()
          .that()
          .resideOutsideOfPackage(CLI)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(CLI)
          .because(
              "the command line is one way to start the server; tests and embedders use "
                  + "MockServer directly");

  @ArchTest
  static final ArchRule javalinStaysInHttp =
      noClasses()
          .that()
          .resideOutsideOfPackage(HTTP)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.javalin..")
          .because(
              "the web server is an adapter: replacing or upgrading Javalin must touch only "
                  + "the http package");

  @ArchTest
  static final ArchRule graphqlJavaStaysInEngine =
      noClasses()
          .that()
          .resideOutsideOfPackage(ENGINE)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("graphql..")
          .because(
              "GraphQL execution is one capability; other layers exchange plain Java values "
                  + "with it so that graphql-java upgrades stay local");

  @ArchTest
  static final ArchRule datafakerStaysInData =
      noClasses()
          .that()
          .resideOutsideOfPackage(DATA)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("net.datafaker..")
          .because(
              "generated values must stay a pure function of their seed, which the data "
                  + "package alone guarantees; other layers ask it through ValueGenerator");

  @ArchTest
  static final ArchRule noGraphqlJavaInternals =
      noClasses()
          .should()
          .dependOnClassesThat()
          .areAnnotatedWith("graphql.Internal")
          .orShould()
          .accessTargetWhere(target(annotatedWith("graphql.Internal")))
          .because(
              "graphql-java changes @Internal types and members without notice between "
                  + "releases");

  @ArchTest
  static final ArchRule consoleAndExitOnlyInCli =
      noClasses()
          .that()
          .resideOutsideOfPackage(CLI)
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .orShould()
          .callMethod(System.class, "exit", int.class)
          .because(
              "an embedded server must never write to the host's console or end its "
                  + "process; it logs through SLF4J instead");

  @ArchTest
  static final ArchRule noPackageCycles =
      slices()
          .matching("dev.krakenmock.server.(*)..")
          .should()
          .beFreeOfCycles()
          .because("cycles make layers impossible to reason about, test or replace one at a time");

  @ArchTest
  static final ArchRule noGenericExceptions =
      GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.because(
          "callers can only handle failures whose type says what went wrong");

  @ArchTest
  static final ArchRule noJavaUtilLogging =
      GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.because(
          "all logging goes through SLF4J so that one backend configures it");
}
