package dev.krakenmock.server.engine;

import dev.krakenmock.schema.contract.ApiContract;
import dev.krakenmock.schema.contract.OperationSpec;
import dev.krakenmock.schema.contract.Permissions;
import dev.krakenmock.schema.errors.ErrorCatalogue;
import dev.krakenmock.schema.errors.ErrorEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The errors an operation can raise, as Kraken lists them for {@code possibleErrors} and the
 * possible-errors header (kraken-api-facts.md, section 3): the codes the reference lists for the
 * operation, plus the authentication codes when asked. Each is {@code {code, message,
 * description, type}}, with the catalogue's message, description and error type.
 */
final class PossibleErrors {

  /** What an authenticated operation can fail with: 1111, 1112, 1124 and 1143. */
  static final List<String> AUTH_CODES =
      List.of("KT-CT-1111", "KT-CT-1112", "KT-CT-1124", "KT-CT-1143");

  /**
   * Codes the mock raises for operations the reference does not document: the login's, which
   * {@link LoginMutation} raises (1134 and 1135 are in Kraken's own example for it).
   */
  private static final Map<String, List<String>> MOCK_OPERATIONS =
      Map.of(LoginMutation.FIELD, List.of("KT-CT-1134", "KT-CT-1135", "KT-CT-1139"));

  private final ErrorCatalogue catalogue;
  private final Map<String, OperationSpec> operations = new HashMap<>();

  PossibleErrors(ApiContract contract, ErrorCatalogue catalogue) {
    this.catalogue = catalogue;
    contract.operations().forEach(operation -> operations.put(operation.name(), operation));
  }

  /** Whether the reference or the mock knows errors of the operation. */
  boolean knows(String operation) {
    return operations.containsKey(operation) || MOCK_OPERATIONS.containsKey(operation);
  }

  /** Whether the reference says the operation needs a token. */
  boolean needsToken(String operation) {
    @Nullable OperationSpec spec = operations.get(operation);
    return spec != null && spec.permissions().status() != Permissions.Status.NONE_REQUIRED;
  }

  /** The operation's possible errors, in code order, with the auth codes when asked. */
  List<Map<String, Object>> of(String operation, boolean authErrors) {
    SortedMap<String, ErrorEntry> entries = new TreeMap<>(ApiContract::compareCodes);
    catalogue.ofOperation(operation).forEach(entry -> entries.put(entry.code(), entry));
    List<String> extra = new ArrayList<>(MOCK_OPERATIONS.getOrDefault(operation, List.of()));
    if (authErrors) {
      extra.addAll(AUTH_CODES);
    }
    for (String code : extra) {
      Optional<ErrorEntry> entry = catalogue.entry(code);
      entry.ifPresent(found -> entries.put(code, found));
    }
    List<Map<String, Object>> errors = new ArrayList<>(entries.size());
    entries.values().forEach(entry -> errors.add(item(entry)));
    return errors;
  }

  private static Map<String, Object> item(ErrorEntry entry) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("code", entry.code());
    item.put("message", entry.message());
    item.put("description", entry.description());
    item.put("type", entry.errorType());
    return item;
  }
}
