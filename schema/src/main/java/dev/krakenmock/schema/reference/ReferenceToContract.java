package dev.krakenmock.schema.reference;

import dev.krakenmock.schema.contract.ArgumentSpec;
import dev.krakenmock.schema.contract.ArgumentTable;
import dev.krakenmock.schema.contract.Deprecation;
import dev.krakenmock.schema.contract.ErrorSpec;
import dev.krakenmock.schema.contract.Example;
import dev.krakenmock.schema.contract.OperationSpec;
import dev.krakenmock.schema.contract.Permissions;
import dev.krakenmock.schema.contract.RateLimit;
import dev.krakenmock.schema.contract.RateStep;
import dev.krakenmock.schema.contract.TypeRef;
import dev.krakenmock.schema.contract.ViewerAccess;
import dev.krakenmock.schema.reference.ReferenceSection.Heading;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the raw sections of the reference into {@link OperationSpec}s, one part at a time. */
final class ReferenceToContract {

  private static final Pattern ERROR_LINE = Pattern.compile("^- (KT-[A-Z]{2}-\\d+): (.*)$");
  private static final Pattern VIEWER_ROW = Pattern.compile("^\\| (.+?) \\| *\\|$");
  private static final Pattern MARKED_ON =
      Pattern.compile("^- Marked as deprecated on (\\d{4}-\\d{2}-\\d{2})\\.?$");
  private static final Pattern REMOVAL =
      Pattern.compile("^- Scheduled for removal on or after (\\d{4}-\\d{2}-\\d{2})\\.?$");
  private static final Pattern STEP = Pattern.compile("'([^']+)'");
  private static final String TABLE_RULE = "|---|---|";
  private static final String ROW_START = "|";
  private static final String CELL_END = " |";

  private ReferenceToContract() {}

  static OperationSpec operation(ReferenceSection section) {
    try {
      return build(section);
    } catch (RuntimeException e) {
      throw new ReferenceFormatException(
          "Operation '" + section.name() + "' (line " + section.firstLine() + "): " + e.getMessage(),
          e);
    }
  }

  private static OperationSpec build(ReferenceSection section) {
    String query = joined(section.part(Heading.QUERY).orElseThrow(() -> missing(Heading.QUERY)));
    ArgumentTable table = section.part(Heading.ARGUMENTS).map(ReferenceToContract::argumentTable)
        .orElse(ArgumentTable.absent());
    return OperationSpec.newOperation()
        .name(section.name())
        .description(String.join(" ", section.description()).strip())
        .returnType(TypeRef.parse(section.typeLine()))
        .complexity(section.part(Heading.QUERY_COMPLEXITY).map(ReferenceToContract::complexity)
            .orElse(OptionalInt.empty()))
        .arguments(paired(VariableDefinitions.read(query), table))
        .argumentTable(table)
        .possibleErrors(section.part(Heading.POSSIBLE_ERRORS).map(ReferenceToContract::errors)
            .orElse(List.of()))
        .viewers(new ViewerAccess(section.part(Heading.ALLOWED_VIEWERS)
            .map(ReferenceToContract::viewerTypes).orElse(List.of()),
            ViewerAccess.Knowledge.UNKNOWN))
        .permissions(section.part(Heading.REQUIRED_PERMISSIONS)
            .map(ReferenceToContract::permissions).orElse(Permissions.notDocumented()))
        .rateLimits(section.part(Heading.RATE_LIMITS).map(ReferenceToContract::rateLimits)
            .orElse(List.of()))
        .deprecation(section.part(Heading.DEPRECATED).map(ReferenceToContract::deprecation))
        .example(new Example(
            query,
            section.part(Heading.VARIABLES).map(lines -> ExampleJsonReader.read(joined(lines))),
            section.part(Heading.RESPONSE).map(lines -> ExampleJsonReader.read(joined(lines)))))
        .build();
  }

  private static OptionalInt complexity(List<String> lines) {
    return OptionalInt.of(Integer.parseInt(lines.get(0).strip()));
  }

  private static List<ErrorSpec> errors(List<String> lines) {
    List<ErrorSpec> errors = new ArrayList<>();
    for (String line : nonBlank(lines)) {
      Matcher matcher = ERROR_LINE.matcher(line);
      if (!matcher.matches()) {
        throw new IllegalArgumentException("not a possible error: '" + line + "'");
      }
      errors.add(new ErrorSpec(matcher.group(1), matcher.group(2).strip()));
    }
    return errors;
  }

  private static List<String> viewerTypes(List<String> lines) {
    List<String> types = new ArrayList<>();
    for (String line : tableRows(lines)) {
      Matcher matcher = VIEWER_ROW.matcher(line);
      if (!matcher.matches()) {
        throw new IllegalArgumentException("not a viewer row: '" + line + "'");
      }
      types.add(matcher.group(1).strip());
    }
    return types;
  }

  private static Permissions permissions(List<String> lines) {
    List<String> rows = nonBlank(lines);
    if (rows.equals(List.of("(No)"))) {
      return Permissions.noneRequired();
    }
    List<String> anyOf = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String row = rows.get(i);
      if (i > 0 && !row.startsWith("OR ")) {
        throw new IllegalArgumentException("permission alternative without OR: '" + row + "'");
      }
      anyOf.add(i == 0 ? row : row.substring(3).strip());
    }
    return Permissions.required(anyOf);
  }

  /** Rows alternate a key cell ({@code Ip |}) and a steps cell ({@code ['10/m', '1/h'] |}). */
  private static List<RateLimit> rateLimits(List<String> lines) {
    List<String> cells = tableRows(lines);
    if (cells.size() % 2 != 0) {
      throw new IllegalArgumentException("rate limit table has an odd number of cells: " + cells);
    }
    List<RateLimit> limits = new ArrayList<>();
    for (int i = 0; i < cells.size(); i += 2) {
      List<RateStep> steps = new ArrayList<>();
      Matcher matcher = STEP.matcher(cellText(cells.get(i + 1)));
      while (matcher.find()) {
        steps.add(RateStep.parse(matcher.group(1)));
      }
      limits.add(new RateLimit(RateLimit.Key.parse(cellText(cells.get(i))), steps));
    }
    return limits;
  }

  private static Deprecation deprecation(List<String> lines) {
    List<String> reason = new ArrayList<>();
    Optional<LocalDate> markedOn = Optional.empty();
    Optional<LocalDate> removal = Optional.empty();
    Optional<String> announcement = Optional.empty();
    for (String line : nonBlank(lines)) {
      Matcher marked = MARKED_ON.matcher(line);
      Matcher removed = REMOVAL.matcher(line);
      if (marked.matches()) {
        markedOn = Optional.of(LocalDate.parse(marked.group(1)));
      } else if (removed.matches()) {
        removal = Optional.of(LocalDate.parse(removed.group(1)));
      } else if (line.startsWith("https://") || line.startsWith("http://")) {
        announcement = Optional.of(line.strip());
      } else if (!line.startsWith("You can read more about this deprecation")) {
        reason.add(line.strip());
      }
    }
    return new Deprecation(String.join(" ", reason), markedOn, removal, announcement);
  }

  /**
   * The table's name column was lost: a row is a lone {@code |} followed by its description cell
   * ({@code text |}), or by the next row's {@code |} when the description is empty. The last
   * empty row may lose its closing cell.
   */
  private static ArgumentTable argumentTable(List<String> lines) {
    List<String> cells = tableRows(lines);
    List<Optional<String>> descriptions = new ArrayList<>();
    int i = 0;
    while (i < cells.size()) {
      if (!cells.get(i).equals(ROW_START)) {
        throw new IllegalArgumentException("argument row does not start with '|': " + cells.get(i));
      }
      i++;
      if (i < cells.size() && !cells.get(i).equals(ROW_START)) {
        descriptions.add(Optional.of(cellText(cells.get(i))));
        i++;
      } else {
        descriptions.add(Optional.empty());
        i++;
      }
    }
    return new ArgumentTable(descriptions);
  }

  /** Pairs the table's descriptions with the variables in order, when both counts agree. */
  private static List<ArgumentSpec> paired(List<ArgumentSpec> arguments, ArgumentTable table) {
    if (table.rowCount() != arguments.size()) {
      return arguments;
    }
    List<ArgumentSpec> paired = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      paired.add(arguments.get(i).withDescription(table.descriptions().get(i)));
    }
    return paired;
  }

  private static List<String> tableRows(List<String> lines) {
    List<String> rows = nonBlank(lines);
    int rule = rows.indexOf(TABLE_RULE);
    if (rule < 0) {
      throw new IllegalArgumentException("table without its header rule: " + rows);
    }
    return rows.subList(rule + 1, rows.size());
  }

  private static String cellText(String cell) {
    String text = cell.endsWith(CELL_END) ? cell.substring(0, cell.length() - CELL_END.length())
        : cell;
    return text.strip();
  }

  private static List<String> nonBlank(List<String> lines) {
    return lines.stream().filter(line -> !line.isBlank()).toList();
  }

  private static String joined(List<String> lines) {
    return String.join("\n", lines).strip();
  }

  private static IllegalArgumentException missing(Heading heading) {
    return new IllegalArgumentException("no '" + heading.text() + "' part");
  }
}
