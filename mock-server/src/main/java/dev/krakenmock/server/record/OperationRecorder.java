package dev.krakenmock.server.record;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes upstream answers as operation fixtures, one file per operation and variables: {@code
 * DIR/<OperationName>/<12 hex digits of the SHA-256 of the normalised variables>.json}, pretty
 * printed with a stable key order, written to a temporary file and moved into place so that a
 * reader never sees half a file. Logins ({@code obtainKrakenToken}) are never written.
 *
 * <p>An operation without a name is recorded as {@code _anonymous_} followed by its root fields
 * joined with {@code _}, such as {@code _anonymous_account}.
 */
final class OperationRecorder {

  static final String LOGIN_FIELD = "obtainKrakenToken";
  // The same names as the engine replays them under (OperationReplay.nameOf).
  static final String ANONYMOUS_PREFIX = "_anonymous_";

  private static final Logger LOG = LoggerFactory.getLogger(OperationRecorder.class);
  private static final Pattern GRAPHQL_NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*");
  private static final int HASH_CHARACTERS = 12;

  private final Path directory;
  private final PersonalDataScrubber scrubber;
  private final ObjectMapper mapper;
  private final ObjectWriter writer;
  private final String source;

  OperationRecorder(Path directory, PersonalDataScrubber scrubber, ObjectMapper mapper,
      String source) {
    this.directory = directory;
    this.scrubber = scrubber;
    this.mapper = mapper;
    this.writer = mapper.writer(prettyPrinter());
    this.source = source;
  }

  Path directory() {
    return directory;
  }

  /**
   * Writes {@code response}, the answer to {@code call}, as a fixture; empty (with the reason
   * logged) when it is not to be recorded: a login, an answer without {@code data}, or a document
   * whose operation cannot be told.
   *
   * @throws IOException when the file cannot be written
   */
  Optional<Path> record(RecordedCall call, JsonNode response) throws IOException {
    if (call.query().contains(LOGIN_FIELD)) {
      LOG.info("Not recorded: logins ({}) carry secrets", LOGIN_FIELD);
      return Optional.empty();
    }
    if (!(response.get("data") instanceof ObjectNode)) {
      LOG.info("Not recorded: the answer has no data");
      return Optional.empty();
    }
    Optional<String> name = operationName(call);
    if (name.isEmpty()) {
      LOG.warn("Not recorded: cannot tell which operation the document runs");
      return Optional.empty();
    }
    JsonNode variables = normalised(call.variables());
    Path file = directory.resolve(name.get()).resolve(hashOf(variables) + ".json");
    write(file, fixtureFile(name.get(), variables, scrubber.scrub(response)));
    LOG.info("Recorded {} into {}", name.get(), file);
    return Optional.of(file);
  }

  /** The name a recording of {@code call} gets; empty when the document does not tell it. */
  static Optional<String> operationName(RecordedCall call) {
    Optional<OperationOutline.Operation> operation =
        OperationOutline.of(call.query()).flatMap(outline -> outline.select(call.operationName()));
    String name = call.operationName();
    if (name == null && operation.isPresent()) {
      name = operation.get().name();
      if (name == null && !operation.get().rootFields().isEmpty()) {
        name = ANONYMOUS_PREFIX + String.join("_", operation.get().rootFields());
      }
    }
    return Optional.ofNullable(name).filter(n -> GRAPHQL_NAME.matcher(n).matches());
  }

  /** Object keys sorted, recursively, and members whose value is null dropped. */
  static JsonNode normalised(JsonNode value) {
    if (value instanceof ObjectNode object) {
      Map<String, JsonNode> sorted = new TreeMap<>();
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (!field.getValue().isNull()) {
          sorted.put(field.getKey(), normalised(field.getValue()));
        }
      }
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      out.setAll(sorted);
      return out;
    }
    if (value instanceof ArrayNode array) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode(array.size());
      array.forEach(element -> out.add(normalised(element)));
      return out;
    }
    return value;
  }

  /** The first 12 hex digits of the SHA-256 of the compact JSON of normalised variables. */
  String hashOf(JsonNode normalisedVariables) throws IOException {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(mapper.writeValueAsBytes(normalisedVariables));
      return HexFormat.of().formatHex(digest).substring(0, HASH_CHARACTERS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  private ObjectNode fixtureFile(String name, JsonNode variables, JsonNode response) {
    ObjectNode operation = JsonNodeFactory.instance.objectNode();
    operation.put("name", name);
    operation.set("variables", variables);
    ObjectNode recorded = JsonNodeFactory.instance.objectNode();
    recorded.set("data", response.get("data"));
    if (response.hasNonNull("errors")) {
      recorded.set("errors", response.get("errors"));
    }
    ObjectNode fixture = JsonNodeFactory.instance.objectNode();
    fixture.put("description", "Recorded from " + source + ", personal data replaced.");
    fixture.set("operation", operation);
    fixture.set("response", recorded);
    ObjectNode file = JsonNodeFactory.instance.objectNode();
    file.putArray("fixtures").add(fixture);
    return file;
  }

  private void write(Path file, JsonNode content) throws IOException {
    Path folder = file.getParent();
    Files.createDirectories(folder);
    byte[] bytes = (writer.writeValueAsString(content) + "\n").getBytes(StandardCharsets.UTF_8);
    // Not *.json, so that a folder watcher never loads it half-written.
    Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
    try {
      Files.write(temporary, bytes);
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Two-space indents, one array element per line, {@code "key": value}, {@code {}} and {@code
   * []} when empty, LF line ends.
   */
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}
