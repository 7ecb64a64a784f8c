package dev.krakenmock.contract.report;

import dev.krakenmock.contract.conformance.Departure;
import dev.krakenmock.contract.conformance.Judgement;
import dev.krakenmock.schema.contract.OperationSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the run found, operation by operation, from every contract IT; closing it writes the
 * markdown summary ({@link MarkdownReport}). One ledger serves the whole run (see {@link
 * ConformanceReportExtension}), so it is safe to use from any thread.
 */
public final class ConformanceLedger implements AutoCloseable {

  private final Path report;
  private final Instant started = Instant.now();
  private final Map<String, OperationRecord> operations = new LinkedHashMap<>();
  private final List<String> runNotes = new ArrayList<>();
  private String target = "not contacted";

  public ConformanceLedger(Path report, List<OperationSpec> documented) {
    this.report = report;
    documented.forEach(
        operation ->
            operations.put(
                operation.name(),
                new OperationRecord(operation.name(), operation.possibleErrors().size())));
  }

  public synchronized void target(String description) {
    this.target = description;
  }

  /** A line for the report's run section, e.g. why a group of checks was skipped. */
  public synchronized void note(String note) {
    runNotes.add(note);
  }

  public synchronized void schema(String operation, List<Departure> departures) {
    record(operation).schema(departures);
  }

  public synchronized void example(String operation, Judgement judgement, List<String> notes) {
    record(operation).example(judgement, notes);
  }

  public synchronized void scenario(String operation, String code, Judgement judgement) {
    record(operation).scenario(code, judgement);
  }

  public synchronized void generated(String operation, int number, Judgement judgement) {
    record(operation).generated(number, judgement);
  }

  /** The verdicts so far, in reference order. */
  public synchronized List<OperationVerdict> verdicts() {
    return operations.values().stream().map(OperationRecord::verdict).toList();
  }

  /** Writes the report. */
  @Override
  public synchronized void close() {
    String markdown =
        MarkdownReport.render(
            target, Duration.between(started, Instant.now()), runNotes, verdicts());
    try {
      Path parent = report.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(report, markdown, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the contract report to " + report, e);
    }
  }

  private OperationRecord record(String operation) {
    OperationRecord record = operations.get(operation);
    if (record == null) {
      throw new IllegalArgumentException("Not a documented operation: " + operation);
    }
    return record;
  }
}
