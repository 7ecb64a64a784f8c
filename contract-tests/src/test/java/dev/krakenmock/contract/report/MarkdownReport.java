package dev.krakenmock.contract.report;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The human summary of a run: totals, run notes, and one row per operation. */
final class MarkdownReport {

  private MarkdownReport() {}

  static String render(
      String target, Duration elapsed, List<String> notes, List<OperationVerdict> verdicts) {
    StringBuilder text = new StringBuilder("# Contract report\n\n");
    text.append("Target: ").append(target).append("  \n");
    text.append(String.format(Locale.ROOT, "Run time: %.1f s%n%n", elapsed.toMillis() / 1000.0));
    text.append("| Verdict | Operations |\n|---|---:|\n");
    for (Verdict verdict : Verdict.values()) {
      long count = verdicts.stream().filter(row -> row.verdict() == verdict).count();
      text.append("| ").append(verdict.label()).append(" | ").append(count).append(" |\n");
    }
    text.append("| **total** | ").append(verdicts.size()).append(" |\n\n");
    if (!notes.isEmpty()) {
      text.append("## Run\n\n");
      notes.forEach(note -> text.append("- ").append(cell(note)).append('\n'));
      text.append('\n');
    }
    text.append("## Operations\n\n");
    text.append("| Operation | Verdict | Checks | Why |\n|---|---|---|---|\n");
    for (OperationVerdict row : verdicts) {
      text.append("| `")
          .append(row.operation())
          .append("` | ")
          .append(row.verdict().label())
          .append(" | ")
          .append(cell(row.checks()))
          .append(" | ")
          .append(cell(row.why()))
          .append(" |\n");
    }
    return text.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace('\n', ' ');
  }
}
