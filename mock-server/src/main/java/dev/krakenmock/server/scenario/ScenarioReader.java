package dev.krakenmock.server.scenario;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.serialization.NodeReader;
import com.networknt.schema.serialization.node.TokenStreamLocationAware;
import dev.krakenmock.schema.errors.ErrorCatalogue;
import dev.krakenmock.server.files.PlainJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads one scenario from JSON or YAML text: parses it keeping every value's line, checks it
 * against {@code scenario.schema.json} and the rules a schema cannot state (regular expressions
 * that compile, known error codes, {@code min <= max}), and builds the {@link Scenario}. Every
 * problem names the source, line and column of the offending value.
 */
public final class ScenarioReader {

  /** Where the JSON Schema of scenario files is on the class path. */
  public static final String SCHEMA_RESOURCE =
      "/dev/krakenmock/server/scenario/scenario.schema.json";

  private static final int DEFAULT_FAULT_STATUS = 503;
  private static final int CONNECTION_CLOSED_STATUS = 200;

  private final NodeReader nodes;
  private final Schema schema;
  private final ErrorCatalogue catalogue;

  private ScenarioReader(NodeReader nodes, Schema schema, ErrorCatalogue catalogue) {
    this.nodes = nodes;
    this.schema = schema;
    this.catalogue = catalogue;
  }

  /** A reader checking error codes against {@code catalogue}. */
  public static ScenarioReader create(ErrorCatalogue catalogue) {
    // Keys given twice would silently keep the last one; a scenario file should say one thing.
    NodeReader nodes = NodeReader.builder().locationAware()
        .jsonMapper(JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
        .yamlMapper(YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
        .build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.nodeReader(nodes));
    return new ScenarioReader(nodes, registry.getSchema(schemaText(), InputFormat.JSON), catalogue);
  }

  /** The JSON Schema of scenario files, as shipped in the jar. */
  public static String schemaText() {
    try (InputStream in = ScenarioReader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The formats scenario files may be written in. */
  public enum Format {
    JSON,
    YAML;

    /** The format of a file, by its extension: {@code .json}, {@code .yaml} or {@code .yml}. */
    public static Optional<Format> ofFileName(String fileName) {
      String lower = fileName.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".json")) {
        return Optional.of(JSON);
      }
      if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
        return Optional.of(YAML);
      }
      return Optional.empty();
    }
  }

  /**
   * The scenario {@code text} describes.
   *
   * @param source the file name or {@link Scenario#ADMIN_SOURCE}, named in problems
   * @param defaultId the id when the text gives none (the file stem); null makes {@code id}
   *     required
   * @throws InvalidScenarioException listing every problem found, in the order of the text
   */
  public Scenario read(String text, Format format, String source, @Nullable String defaultId) {
    JsonNode root = parse(text, format, source);
    List<LoadProblem> problems = validate(root, source);
    if (!problems.isEmpty()) {
      throw new InvalidScenarioException(problems);
    }
    Builder builder = new Builder(source);
    Scenario scenario = builder.scenario(root, defaultId);
    if (!builder.problems.isEmpty() || scenario == null) {
      throw new InvalidScenarioException(inTextOrder(builder.problems));
    }
    return scenario;
  }

  private JsonNode parse(String text, Format format, String source) {
    JsonNode root;
    try {
      root = nodes.readTree(text, format == Format.JSON ? InputFormat.JSON : InputFormat.YAML);
    } catch (JacksonException e) {
      TokenStreamLocation location = e.getLocation();
      int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
      int column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
      throw new InvalidScenarioException(List.of(new LoadProblem(source, line, column,
          "not valid " + format + ": " + parserProblem(e.getOriginalMessage()))));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new InvalidScenarioException(
          List.of(new LoadProblem(source, 0, 0, "the scenario is empty")));
    }
    return root;
  }

  /**
   * The parser's message without the excerpts of the text that YAML parsers add: the location is
   * reported separately.
   */
  static String parserProblem(String message) {
    List<String> lines = message.lines().toList();
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean excerpt = i + 1 < lines.size() && lines.get(i + 1).strip().equals("^");
      if (line.isBlank() || line.strip().startsWith("in reader") || line.strip().equals("^")
          || excerpt) {
        continue;
      }
      kept.add(line.strip());
    }
    return kept.isEmpty() ? message.strip() : String.join(": ", kept);
  }

  private List<LoadProblem> validate(JsonNode root, String source) {
    Set<LoadProblem> problems = new LinkedHashSet<>();
    for (Error error : schema.validate(root)) {
      JsonNode node = error.getInstanceNode();
      if (error.getProperty() != null && node != null && node.get(error.getProperty()) != null) {
        node = node.get(error.getProperty());
      }
      String pointer = error.getInstanceLocation().toString();
      String where = pointer.isEmpty() || pointer.equals("$") ? "" : pointer + ": ";
      problems.add(problem(source, node, where + error.getMessage()));
    }
    return inTextOrder(problems);
  }

  private static List<LoadProblem> inTextOrder(java.util.Collection<LoadProblem> problems) {
    return problems.stream()
        .sorted(Comparator.comparingInt(LoadProblem::line).thenComparingInt(LoadProblem::column))
        .toList();
  }

  private static LoadProblem problem(String source, @Nullable JsonNode node, String message) {
    if (node instanceof TokenStreamLocationAware located
        && located.tokenStreamLocation() != null) {
      TokenStreamLocation location = located.tokenStreamLocation();
      return new LoadProblem(source, Math.max(location.getLineNr(), 0),
          Math.max(location.getColumnNr(), 0), message);
    }
    return new LoadProblem(source, 0, 0, message);
  }

  /** Builds the model from a tree the schema accepted, collecting what the schema cannot check. */
  private final class Builder {
    private final String source;
    private final List<LoadProblem> problems = new ArrayList<>();

    Builder(String source) {
      this.source = source;
    }

    @Nullable Scenario scenario(JsonNode root, @Nullable String defaultId) {
      JsonNode idNode = root.get("id");
      String id = idNode != null ? idNode.stringValue() : defaultId;
      if (id == null) {
        problems.add(problem(source, root, "id is required"));
        return null;
      }
      if (!Scenario.ID.matcher(id).matches()) {
        problems.add(problem(source, idNode != null ? idNode : root, "'" + id
            + "' is not a scenario id: use letters, digits, '.', '_', '/' and '-', starting with"
            + " a letter or digit"));
        return null;
      }
      Scenario.Builder scenario = Scenario.newScenario(id).source(source);
      Optional.ofNullable(root.get("description"))
          .ifPresent(node -> scenario.description(node.stringValue()));
      Optional.ofNullable(root.get("active"))
          .ifPresent(node -> scenario.active(node.booleanValue()));
      Optional.ofNullable(root.get("match")).ifPresent(node -> scenario.rule(rule(node)));
      scenario.transition(new StateTransition(text(root, "scenarioName"),
          text(root, "requiredState"), text(root, "newState")));
      scenario.calls(new CallWindow(number(root, "times"), number(root, "onCall"),
          number(root, "fromCall")));
      Optional.ofNullable(root.get("outcome")).ifPresent(node -> scenario.outcome(outcome(node)));
      return scenario.build();
    }

    private ScenarioRule rule(JsonNode match) {
      return new ScenarioRule(
          Optional.ofNullable(match.get("operationName")).map(this::matcher),
          Optional.ofNullable(match.get("rootField")).map(this::matcher),
          matchers(match.get("arguments")),
          matchers(match.get("variables")),
          matchers(match.get("headers")));
    }

    private Map<String, ValueMatcher> matchers(@Nullable JsonNode node) {
      Map<String, ValueMatcher> matchers = new LinkedHashMap<>();
      if (node != null) {
        node.forEachEntry((name, value) -> matchers.put(name, matcher(value)));
      }
      return matchers;
    }

    private ValueMatcher matcher(JsonNode node) {
      if (node.isObject() && node.size() == 1 && node.has("regex")) {
        try {
          return ValueMatcher.regex(node.get("regex").stringValue());
        } catch (PatternSyntaxException e) {
          problems.add(problem(source, node.get("regex"),
              "not a regular expression: " + e.getDescription()));
          return ValueMatcher.absent(false);
        }
      }
      if (node.isObject() && node.size() == 1 && node.has("absent")) {
        return ValueMatcher.absent(node.get("absent").booleanValue());
      }
      if (node.isObject() && node.size() == 1 && node.has("equalTo")) {
        return ValueMatcher.equalTo(PlainJson.of(node.get("equalTo")));
      }
      return ValueMatcher.equalTo(PlainJson.of(node));
    }

    private ScriptedOutcome outcome(JsonNode node) {
      List<FieldFailure> failures = new ArrayList<>();
      JsonNode errors = node.get("errors");
      if (errors != null) {
        errors.values().forEach(error -> failures.add(failure(error)));
      }
      Map<String, Object> payloads = new LinkedHashMap<>();
      JsonNode data = node.get("data");
      if (data != null) {
        data.forEachEntry((key, value) -> payloads.put(key, PlainJson.of(value)));
      }
      return new ScriptedOutcome(failures, payloads, delay(node.get("delay")),
          Optional.ofNullable(node.get("fault")).map(this::fault));
    }

    @SuppressWarnings("unchecked")
    private FieldFailure failure(JsonNode error) {
      String code = error.get("code").stringValue();
      String message = text(error, "message").orElse(null);
      if (catalogue.entry(code).isEmpty() && message == null) {
        problems.add(problem(source, error.get("code"), "unknown error code " + code
            + ": it is not in the error catalogue, so give the error a message"));
      }
      Object extensions = error.has("extensions") ? PlainJson.of(error.get("extensions")) : Map.of();
      return new FieldFailure(error.get("path").stringValue(), code, message,
          (Map<String, Object>) extensions);
    }

    private Delay delay(@Nullable JsonNode node) {
      if (node == null) {
        return Delay.NONE;
      }
      if (node.isNumber()) {
        return Delay.fixed(Duration.ofMillis(node.longValue()));
      }
      long min = node.get("min").longValue();
      long max = node.get("max").longValue();
      if (min > max) {
        problems.add(problem(source, node, "the delay's min (" + min
            + " ms) is above its max (" + max + " ms)"));
        return Delay.NONE;
      }
      return Delay.between(Duration.ofMillis(min), Duration.ofMillis(max));
    }

    private HttpFault fault(JsonNode node) {
      HttpFault.Kind kind = HttpFault.Kind.valueOf(node.get("kind").stringValue());
      int fallback = kind == HttpFault.Kind.CONNECTION_CLOSED
          ? CONNECTION_CLOSED_STATUS : DEFAULT_FAULT_STATUS;
      OptionalInt status = number(node, "status");
      OptionalInt retryAfter = number(node, "retryAfterSeconds");
      return new HttpFault(kind, status.orElse(fallback),
          retryAfter.isPresent()
              ? Optional.of(Duration.ofSeconds(retryAfter.getAsInt())) : Optional.empty());
    }

    private Optional<String> text(JsonNode node, String name) {
      return Optional.ofNullable(node.get(name)).map(JsonNode::stringValue);
    }

    private OptionalInt number(JsonNode node, String name) {
      JsonNode value = node.get(name);
      return value == null ? OptionalInt.empty() : OptionalInt.of(value.intValue());
    }
  }
}
