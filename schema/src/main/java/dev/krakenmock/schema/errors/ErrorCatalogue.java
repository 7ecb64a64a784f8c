package dev.krakenmock.schema.errors;

import dev.krakenmock.schema.contract.ApiContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every Kraken error code the mock can raise: the codes the reference lists for its operations,
 * and the platform's global codes (authentication, limits, disabled fields), each with the facts
 * gathered in {@code kraken-error-codes.tsv}. Where the facts give no type or description, one is
 * inferred from the message and the entry says so.
 */
public final class ErrorCatalogue {

  /** Classpath location of the gathered facts: code, message, errorType, description, source. */
  public static final String FACTS_RESOURCE = "/dev/krakenmock/schema/kraken-error-codes.tsv";

  /**
   * Messages for global codes whose message no source confirms, taken from how clients and the
   * facts describe them. Every one is marked inferred.
   */
  private static final Map<String, String> INFERRED_MESSAGES = Map.of(
      "KT-CT-1138", "Invalid data.",
      "KT-CT-1188", "Query complexity limit exceeded.",
      "KT-CT-1189", "Query exceeds the maximum number of nodes.");

  private final SortedMap<String, ErrorEntry> entries;

  private ErrorCatalogue(SortedMap<String, ErrorEntry> entries) {
    this.entries = Collections.unmodifiableSortedMap(entries);
  }

  /** The catalogue of a contract, with the bundled facts. */
  public static ErrorCatalogue of(ApiContract contract) {
    return of(contract, bundledFacts());
  }

  /** The catalogue of a contract, with facts in the TSV format of the bundled file. */
  public static ErrorCatalogue of(ApiContract contract, String factsTsv) {
    Map<String, String[]> facts = new LinkedHashMap<>();
    List<String> lines = factsTsv.lines().toList();
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = java.util.Arrays.copyOf(line.split("\t", -1), 5);
      facts.put(cells[0].strip(), cells);
    }
    SortedMap<String, ErrorEntry> entries = new TreeMap<>(ApiContract::compareCodes);
    contract.errorCodes().forEach((code, use) -> entries.put(code,
        entry(code, use.error().message(), facts.get(code), use.operations())));
    facts.forEach((code, cells) -> entries.computeIfAbsent(code,
        c -> entry(c, text(cells[1]), cells, List.of())));
    return new ErrorCatalogue(entries);
  }

  private static ErrorEntry entry(String code, String referenceMessage, String[] cells,
      List<String> operations) {
    String message = referenceMessage;
    boolean messageKnown = !message.isBlank();
    if (!messageKnown && cells != null && !text(cells[1]).isBlank()) {
      message = text(cells[1]);
      messageKnown = true;
    }
    if (message.isBlank()) {
      message = INFERRED_MESSAGES.getOrDefault(code, "An error occurred.");
    }
    String type = cells == null ? "" : text(cells[2]);
    String description = cells == null ? "" : text(cells[3]);
    boolean typeKnown = !type.isBlank();
    // A source that gives a type gives the description too, even when it is empty.
    boolean descriptionKnown = !description.isBlank() || typeKnown;
    Optional<String> source = cells == null || text(cells[4]).isBlank() ? Optional.empty()
        : Optional.of(text(cells[4]));
    return new ErrorEntry(code, message,
        typeKnown ? type : inferType(message),
        descriptionKnown ? description : message,
        new ErrorEntry.Provenance(messageKnown, typeKnown, descriptionKnown),
        source, operations);
  }

  /** The type a message suggests, the way Kraken's documented codes are typed. */
  static String inferType(String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("unauthori") || lower.contains("not allowed")
        || lower.contains("permission") || lower.contains("authoriz")
        || lower.contains("forbidden")) {
      return "AUTHORIZATION";
    }
    if (lower.contains("not found") || lower.contains("does not exist")
        || lower.contains("no ") && lower.contains(" found")) {
      return "NOT_FOUND";
    }
    if (lower.contains("unavailable") || lower.contains("disabled")
        || lower.contains("too many requests") || lower.contains("timed out")) {
      return "SERVICE_AVAILABILITY";
    }
    if (lower.contains("invalid") || lower.contains("must") || lower.contains("missing")
        || lower.contains("required") || lower.contains("validation")
        || lower.contains("exactly one") || lower.contains("cannot be")
        || lower.contains("not valid") || lower.contains("exceed") || lower.contains("limit")) {
      return "VALIDATION";
    }
    return "APPLICATION";
  }

  private static String text(String cell) {
    return cell == null ? "" : cell.strip();
  }

  public Optional<ErrorEntry> entry(String code) {
    return Optional.ofNullable(entries.get(code));
  }

  /** Every entry, by code. */
  public SortedMap<String, ErrorEntry> entries() {
    return entries;
  }

  /** The entries the reference lists for an operation, in code order. */
  public List<ErrorEntry> ofOperation(String operation) {
    List<ErrorEntry> found = new ArrayList<>();
    entries.values().forEach(entry -> {
      if (entry.operations().contains(operation)) {
        found.add(entry);
      }
    });
    return found;
  }

  public static String bundledFacts() {
    try (InputStream in = ErrorCatalogue.class.getResourceAsStream(FACTS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing bundled facts " + FACTS_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
