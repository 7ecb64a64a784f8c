package dev.krakenmock.schema;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The layers of the schema module: reference -> contract <- inference <- sdl, libraries at the edges. */
class ArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.krakenmock.schema");

  @Test
  void theContractModelUsesOnlyTheJdk() {
    ArchRule rule = classes().that().resideInAPackage("..schema.contract..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "..schema.contract..", "org.jspecify..")
        .because("every module depends on the contract model, so it must not drag in a library");
    rule.check(CLASSES);
  }

  @Test
  void theReferenceReaderKnowsOnlyTheContract() {
    ArchRule rule = classes().that().resideInAPackage("..schema.reference..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "..schema.contract..", "..schema.reference..",
            "org.jspecify..")
        .because("reading the reference is plain text work; it must not depend on how the "
            + "schema is inferred or printed");
    rule.check(CLASSES);
  }

  @Test
  void graphqlJavaStaysInInferenceAndSdl() {
    ArchRule rule = noClasses().that()
        .resideOutsideOfPackages("..schema.inference..", "..schema.sdl..")
        .should().dependOnClassesThat().resideInAPackage("graphql..")
        .because("graphql-java is an edge library: the model and the reader must outlive a "
            + "change of GraphQL engine");
    rule.check(CLASSES);
  }

  @Test
  void jacksonStaysInTheCatalog() {
    ArchRule rule = noClasses().that().resideOutsideOfPackage("..schema.catalog..")
        .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
        .because("only the catalog writes JSON; the rest of the module speaks the contract model");
    rule.check(CLASSES);
  }

  @Test
  void noGraphqlJavaInternals() {
    ArchRule rule = noClasses().should().dependOnClassesThat()
        .areAnnotatedWith("graphql.Internal")
        .because("graphql-java's @Internal types change without notice between versions");
    rule.check(CLASSES);
  }

  @Test
  void onlyTheGeneratorWritesToStandardOutput() {
    ArchRule rule = noClasses().that().resideOutsideOfPackage("..schema.generator..")
        .should().accessField(System.class, "out")
        .orShould().callMethod(System.class, "exit", int.class)
        .because("the schema module is a library; only its command-line generator may print");
    rule.check(CLASSES);
  }

  @Test
  void nothingDependsOnTheGenerator() {
    ArchRule rule = noClasses().that().resideOutsideOfPackage("..schema.generator..")
        .should().dependOnClassesThat().resideInAPackage("..schema.generator..")
        .because("the generator is the outermost layer: a command that composes the others");
    rule.check(CLASSES);
  }

  @Test
  void noPackageCycles() {
    ArchRule rule = slices().matching("dev.krakenmock.schema.(*)..").should().beFreeOfCycles()
        .because("cycles hide the layering reference -> contract <- inference <- sdl");
    rule.check(CLASSES);
  }

  @Test
  void noGenericExceptionsOrJavaUtilLogging() {
    ArchRule rule = noClasses().should().dependOnClassesThat()
        .resideInAPackage("java.util.logging..")
        .orShould().callConstructor(RuntimeException.class, String.class)
        .orShould().callConstructor(Exception.class, String.class)
        .because("failures carry a specific type, and logging is not this library's business");
    rule.check(CLASSES);
  }
}
