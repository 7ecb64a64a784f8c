package dev.krakenmock.schema.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.schema.contract.ApiContract;
import dev.krakenmock.schema.reference.QueriesReference;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ErrorCatalogueTest {

  private static final ApiContract CONTRACT =
      QueriesReference.parse(QueriesReference.bundledText());
  private static final ErrorCatalogue CATALOGUE = ErrorCatalogue.of(CONTRACT);
  private static final Set<String> TYPES =
      Set.of("AUTHORIZATION", "NOT_FOUND", "VALIDATION", "APPLICATION", "SERVICE_AVAILABILITY");

  @Test
  void holdsEveryReferenceCodeAndTheGlobalOnes() {
    assertTrue(CATALOGUE.entries().keySet().containsAll(CONTRACT.errorCodes().keySet()));
    assertEquals(144 + 18, CATALOGUE.entries().size());
    assertEquals(18, CATALOGUE.entries().values().stream().filter(ErrorEntry::isGlobal).count());
  }

  @Test
  void givesEveryEntryAMessageAndAKnownType() {
    for (ErrorEntry entry : CATALOGUE.entries().values()) {
      assertFalse(entry.message().isBlank(), entry.code());
      assertTrue(TYPES.contains(entry.errorType()), entry.code() + " " + entry.errorType());
    }
  }

  @Test
  void keepsTheFactsWhereTheyExist() {
    ErrorEntry missingToken = CATALOGUE.entry("KT-CT-1112").orElseThrow();
    assertEquals("'Authorization' header not provided.", missingToken.message());
    assertEquals("AUTHORIZATION", missingToken.errorType());
    assertFalse(missingToken.known().anyInferred());
    ErrorEntry noAccount = CATALOGUE.entry("KT-CT-4178").orElseThrow();
    assertEquals("NOT_FOUND", noAccount.errorType());
    assertEquals("Check the account number.", noAccount.description());
    ErrorEntry emptyDescription = CATALOGUE.entry("KT-CT-5412").orElseThrow();
    assertEquals("", emptyDescription.description());
    assertTrue(emptyDescription.known().description());
  }

  @Test
  void infersAndMarksWhatTheFactsLack() {
    ErrorEntry complexity = CATALOGUE.entry("KT-CT-1188").orElseThrow();
    assertFalse(complexity.known().message());
    assertFalse(complexity.known().errorType());
    assertEquals("VALIDATION", complexity.errorType());
    ErrorEntry noType = CATALOGUE.entry("KT-CT-1606").orElseThrow();
    assertEquals("Query/Mutation not found.", noType.message());
    assertEquals("NOT_FOUND", noType.errorType());
    assertEquals(noType.message(), noType.description());
    assertTrue(noType.known().message());
    assertFalse(noType.known().errorType());
  }

  @Test
  void infersTypesFromMessages() {
    assertEquals("AUTHORIZATION", ErrorCatalogue.inferType("Unauthorized."));
    assertEquals("NOT_FOUND", ErrorCatalogue.inferType("No supply point found for identifier."));
    assertEquals("VALIDATION", ErrorCatalogue.inferType("Invalid postcode."));
    assertEquals("SERVICE_AVAILABILITY", ErrorCatalogue.inferType("Too many requests."));
    assertEquals("APPLICATION", ErrorCatalogue.inferType("Could not calculate live PA data."));
  }

  @Test
  void listsTheCodesOfAnOperation() {
    List<String> codes = CATALOGUE.ofOperation("accountContract").stream()
        .map(ErrorEntry::code).toList();
    assertEquals(List.of("KT-CT-10003", "KT-CT-10005", "KT-CT-10006"), codes);
  }
}
