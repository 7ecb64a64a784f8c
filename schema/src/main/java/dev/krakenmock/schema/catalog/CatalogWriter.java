package dev.krakenmock.schema.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.krakenmock.schema.contract.ApiContract;
import dev.krakenmock.schema.contract.ArgumentSpec;
import dev.krakenmock.schema.contract.Deprecation;
import dev.krakenmock.schema.contract.OperationSpec;
import dev.krakenmock.schema.contract.RateLimit;
import dev.krakenmock.schema.contract.RateStep;
import dev.krakenmock.schema.contract.TypeSystem;
import dev.krakenmock.schema.errors.ErrorCatalogue;
import dev.krakenmock.schema.errors.ErrorEntry;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the machine-readable catalog of the contract as JSON: every operation with its return
 * type, arguments, complexity, possible errors, permissions, rate limits and deprecation; every
 * error code with its message and operations; and the counts of the generated schema.
 */
public final class CatalogWriter {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CatalogWriter() {}

  public static String write(ApiContract contract, TypeSystem types) {
    Map<String, Object> catalog = new LinkedHashMap<>();
    catalog.put("source", "Queries reference of the Kraken GraphQL API of Octopus Energy Italy");
    catalog.put("endpoint", "https://api.oeit-kraken.energy/v1/graphql/");
    catalog.put("operationCount", contract.operations().size());
    catalog.put("errorCodeCount", contract.errorCodes().size());
    catalog.put("errorCatalogueSize", ErrorCatalogue.of(contract).entries().size());
    catalog.put("schema", SchemaCounts.of(types).asMap());
    catalog.put("exampleDiscrepancies", types.discrepancies().stream()
        .map(d -> ordered("operation", d.operation(), "problem", d.problem())).toList());
    catalog.put("operations", contract.operations().stream().map(CatalogWriter::operation)
        .toList());
    catalog.put("errorCodes", ErrorCatalogue.of(contract).entries().values().stream()
        .map(CatalogWriter::error).toList());
    try {
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      return MAPPER.writer(printer).writeValueAsString(catalog) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> error(ErrorEntry entry) {
    Map<String, Object> code = new LinkedHashMap<>();
    code.put("code", entry.code());
    code.put("message", entry.message());
    code.put("errorType", entry.errorType());
    code.put("errorDescription", entry.description());
    List<String> inferred = new java.util.ArrayList<>();
    if (!entry.known().message()) {
      inferred.add("message");
    }
    if (!entry.known().errorType()) {
      inferred.add("errorType");
    }
    if (!entry.known().description()) {
      inferred.add("errorDescription");
    }
    code.put("inferred", inferred);
    code.put("source", entry.source().orElse(null));
    code.put("global", entry.isGlobal());
    code.put("operations", entry.operations());
    return code;
  }

  private static Map<String, Object> operation(OperationSpec operation) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", operation.name());
    out.put("description", operation.description());
    out.put("returnType", operation.returnType().toString());
    out.put("complexity", operation.complexity().isPresent()
        ? operation.complexity().getAsInt() : null);
    out.put("arguments", operation.arguments().stream().map(CatalogWriter::argument).toList());
    out.put("argumentDescriptionsPaired", operation.argumentDescriptionsPaired());
    out.put("argumentTableRows", operation.argumentTable().rowCount());
    out.put("possibleErrors", operation.possibleErrors().stream()
        .map(e -> ordered("code", e.code(), "message", e.message())).toList());
    out.put("allowedViewers", ordered(
        "viewerTypes", operation.viewers().viewerTypes(),
        "allowed", operation.viewers().allowed().name()));
    out.put("permissions", ordered(
        "status", operation.permissions().status().name(),
        "anyOf", operation.permissions().anyOf()));
    out.put("rateLimits", operation.rateLimits().stream().map(CatalogWriter::rateLimit).toList());
    out.put("deprecation", operation.deprecation().map(CatalogWriter::deprecation).orElse(null));
    return out;
  }

  /** JSON objects keep their key order, so the catalog is the same bytes on every run. */
  private static Map<String, Object> ordered(String key1, Object value1, String key2,
      Object value2) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(key1, value1);
    map.put(key2, value2);
    return map;
  }

  private static Map<String, Object> argument(ArgumentSpec argument) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", argument.name());
    out.put("type", argument.type().toString());
    out.put("defaultValue", argument.defaultValue().orElse(null));
    out.put("description", argument.description().orElse(null));
    return out;
  }

  private static Map<String, Object> rateLimit(RateLimit limit) {
    return ordered(
        "key", limit.key().name(),
        "steps", limit.steps().stream().map(RateStep::toString).toList());
  }

  private static Map<String, Object> deprecation(Deprecation deprecation) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("reason", deprecation.reason());
    out.put("markedOn", deprecation.markedOn().map(Object::toString).orElse(null));
    out.put("removalOnOrAfter", deprecation.removalOnOrAfter().map(Object::toString).orElse(null));
    out.put("announcement", deprecation.announcement().orElse(null));
    return out;
  }

}
