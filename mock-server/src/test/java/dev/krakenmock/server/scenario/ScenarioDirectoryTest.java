package dev.krakenmock.server.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario files: loading, rejection with file and line, and reloading while watched. */
class ScenarioDirectoryTest {

  private static final Duration POLL = Duration.ofMillis(50);
  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path folder;

  private InMemoryScenarioRegistry registry;

  @AfterEach
  void closeRegistry() {
    if (registry != null) {
      registry.close();
    }
  }

  private InMemoryScenarioRegistry watching() {
    registry = InMemoryScenarioRegistry.newRegistry().folder(Optional.of(folder))
        .pollInterval(POLL).build().watch();
    return registry;
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(folder.resolve(name), text);
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(WAIT);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Not within " + WAIT.toSeconds() + " s: " + what);
      }
      Thread.sleep(20);
    }
  }

  private List<String> codes(String rootField) {
    return registry.resolve(Requests.selecting(rootField).facts()).failures().stream()
        .map(FieldFailure::code).toList();
  }

  @Test
  void loadsJsonAndYamlFilesAndRejectsABrokenOneByFileAndLine() throws IOException {
    write("account-missing.json", """
        {"match": {"rootField": "account"},
         "outcome": {"errors": [{"path": "account", "code": "KT-CT-4178"}]}}""");
    write("viewer-denied.yml", """
        match:
          rootField: viewer
        outcome:
          errors:
            - {path: viewer, code: KT-CT-1111}
        """);
    write("broken.yaml", """
        match:
          rootField: bills
        outcome:
          fault: {kind: TEAPOT}
        """);
    write("scenario.schema.json", "{}");
    write("README.md", "# not a scenario");
    registry = InMemoryScenarioRegistry.create(Optional.of(folder));

    assertEquals(List.of("account-missing", "viewer-denied"),
        registry.scenarios().stream().map(Scenario::id).toList());
    assertEquals("account-missing.json", registry.scenarios().get(0).source());
    assertEquals(List.of("KT-CT-4178"), codes("account"));
    assertEquals(List.of("KT-CT-1111"), codes("viewer"));
    assertEquals(1, registry.loadProblems().size(), registry.loadProblems().toString());
    LoadProblem problem = registry.loadProblems().get(0);
    assertEquals("broken.yaml", problem.source());
    assertEquals(4, problem.line());
    assertTrue(problem.toString().startsWith("broken.yaml:4:"), problem.toString());
    assertTrue(problem.message().contains("/outcome/fault/kind"), problem.message());
  }

  @Test
  void rejectsTheSecondFileOfAnId() throws IOException {
    write("a.json", "{\"id\": \"same\", \"outcome\": {\"delay\": 1}}");
    write("b.json", "{\"id\": \"same\", \"outcome\": {\"delay\": 2}}");
    registry = InMemoryScenarioRegistry.create(Optional.of(folder));
    assertEquals(List.of("a.json"), registry.scenarios().stream().map(Scenario::source).toList());
    assertEquals("b.json: the id 'same' is already used by a.json",
        registry.loadProblems().get(0).toString());
  }

  @Test
  void reportsAMissingFolder() {
    registry = InMemoryScenarioRegistry.create(Optional.of(folder.resolve("absent")));
    assertTrue(registry.scenarios().isEmpty());
    assertTrue(registry.loadProblems().get(0).message().contains("does not exist"));
  }

  @Test
  void reloadsAChangedFileWhileWatching() throws Exception {
    write("account.json", """
        {"match": {"rootField": "account"},
         "outcome": {"errors": [{"path": "account", "code": "KT-CT-4178"}]}}""");
    watching();
    assertEquals(List.of("KT-CT-4178"), codes("account"));
    long before = registry.version();

    write("account.json", """
        {"match": {"rootField": "account"},
         "outcome": {"errors": [{"path": "account", "code": "KT-CT-4177"}]}}""");
    await("the changed file is loaded", () -> codes("account").equals(List.of("KT-CT-4177")));
    assertTrue(registry.version() > before);
  }

  @Test
  void loadsNewFilesDropsDeletedOnesAndReportsBrokenOnesWhileWatching() throws Exception {
    watching();
    write("viewer.json", """
        {"match": {"rootField": "viewer"},
         "outcome": {"errors": [{"path": "viewer", "code": "KT-CT-1111"}]}}""");
    await("the new file is loaded", () -> codes("viewer").equals(List.of("KT-CT-1111")));

    write("viewer.json", "{\"outcome\": {\"delay\": 1},\n \"bad\": true}");
    await("the broken file is reported", () -> registry.loadProblems().size() == 1);
    assertEquals(2, registry.loadProblems().get(0).line());
    assertTrue(registry.scenarios().isEmpty());

    write("viewer.json", """
        {"match": {"rootField": "viewer"},
         "outcome": {"errors": [{"path": "viewer", "code": "KT-CT-1112"}]}}""");
    await("the repaired file is loaded", () -> codes("viewer").equals(List.of("KT-CT-1112")));
    assertTrue(registry.loadProblems().isEmpty());

    Files.delete(folder.resolve("viewer.json"));
    await("the deleted file is dropped", () -> registry.scenarios().isEmpty());
    assertTrue(codes("viewer").isEmpty());
  }

  @Test
  void forgetsAdminChangesToAFileScenarioWhenItsFileChanges() throws Exception {
    write("slow.json", "{\"outcome\": {\"delay\": 1}}");
    watching();
    registry.setActive("slow", false);
    assertTrue(registry.resolve(Requests.selecting("a").facts()).isNone());
    write("slow.json", "{\"outcome\": {\"delay\": 2}}");
    await("the file's own active flag is back",
        () -> registry.resolve(Requests.selecting("a").facts()).delay().toMillis() == 2);
  }

  @Test
  void stopsWatchingWhenClosed() throws Exception {
    write("slow.json", "{\"outcome\": {\"delay\": 1}}");
    watching().close();
    write("slow.json", "{\"outcome\": {\"delay\": 2}}");
    Thread.sleep(POLL.multipliedBy(6).toMillis());
    assertEquals(Duration.ofMillis(1), registry.resolve(Requests.selecting("a").facts()).delay());
    registry.reload();
    assertEquals(Duration.ofMillis(2), registry.resolve(Requests.selecting("a").facts()).delay());
  }
}
