package dev.krakenmock.contract.report;

import dev.krakenmock.contract.conformance.Departure;
import dev.krakenmock.contract.conformance.Judgement;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the checks found about one operation during the run; the ledger guards it. */
final class OperationRecord {

  private static final int DEPARTURES_SHOWN = 3;

  private final String operation;
  private final int documentedErrors;
  private final List<String> departures = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private boolean schemaChecked;
  private @Nullable Judgement example;
  private int errorsChecked;
  private int generated;

  OperationRecord(String operation, int documentedErrors) {
    this.operation = operation;
    this.documentedErrors = documentedErrors;
  }

  void schema(List<Departure> found) {
    schemaChecked = true;
    found.forEach(departure -> departures.add("schema " + departure));
  }

  void example(Judgement judgement, List<String> exampleNotes) {
    example = judgement;
    judgement.departures().forEach(departure -> departures.add("example " + departure));
    notes.addAll(exampleNotes);
  }

  void scenario(String code, Judgement judgement) {
    errorsChecked++;
    judgement.departures().forEach(departure -> departures.add(code + " " + departure));
  }

  void generated(int number, Judgement judgement) {
    generated++;
    judgement
        .departures()
        .forEach(departure -> departures.add("generated #" + number + " " + departure));
  }

  OperationVerdict verdict() {
    String checks = checks();
    if (!departures.isEmpty()) {
      return new OperationVerdict(operation, Verdict.NON_CONFORMANT, checks, shown(departures));
    }
    if (example == null) {
      return new OperationVerdict(
          operation, Verdict.NOT_EXERCISABLE, checks, "its example was not sent in this run");
    }
    if (!example.exercised()) {
      return new OperationVerdict(
          operation, Verdict.NOT_EXERCISABLE, checks, "its example " + example.summary());
    }
    return new OperationVerdict(operation, Verdict.CONFORMANT, checks, String.join("; ", notes));
  }

  private String checks() {
    List<String> ran = new ArrayList<>();
    if (schemaChecked) {
      ran.add("schema");
    }
    if (example != null) {
      ran.add("example");
    }
    if (errorsChecked > 0 || documentedErrors > 0) {
      ran.add(errorsChecked + "/" + documentedErrors + " errors");
    }
    if (generated > 0) {
      ran.add(generated + " generated");
    }
    return String.join(", ", ran);
  }

  private static String shown(List<String> departures) {
    List<String> first = departures.subList(0, Math.min(DEPARTURES_SHOWN, departures.size()));
    String shown = String.join("; ", first);
    int more = departures.size() - first.size();
    return more > 0 ? shown + "; and " + more + " more" : shown;
  }
}
