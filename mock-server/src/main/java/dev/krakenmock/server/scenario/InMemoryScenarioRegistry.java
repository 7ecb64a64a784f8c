package dev.krakenmock.server.scenario;

import dev.krakenmock.schema.contract.ApiContract;
import dev.krakenmock.schema.contract.OperationSpec;
import dev.krakenmock.schema.errors.ErrorCatalogue;
import dev.krakenmock.schema.reference.QueriesReference;
import dev.krakenmock.server.files.FolderChanges;
import dev.krakenmock.server.files.FolderPolling;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scenarios of one server, in memory: the built-in {@code <operation>/<code>} ones, those of a
 * folder of files (reloaded when the files change, once {@link #watch()} is called), and those
 * loaded through the admin API, with state machines and call counts kept per session.
 *
 * <p>Every active scenario whose rule, state and call window match a request applies to it, and
 * so do the scenarios the request names in {@code X-Mock-Scenario}, active or not. Their outcomes
 * combine: every failure, the first payload for each root key, the longest delay, the first
 * fault. States are read as they were when the request came, then moved by every scenario that
 * applied, in order.
 */
public final class InMemoryScenarioRegistry implements ScenarioRegistry, ScenarioStore,
    AutoCloseable {

  /** How often the folder is checked for changes, unless told otherwise. */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);

  private static final Logger LOG = LoggerFactory.getLogger(InMemoryScenarioRegistry.class);

  // Built on first use: a server without scenario files never needs the validator, and one that
  // is never asked for a built-in scenario never needs the 197 of them.
  private final Lazy<ScenarioReader> reader;
  private final ErrorCatalogue catalogue;
  private final Lazy<Map<String, Scenario>> builtIns;
  private final Set<String> operations;
  private final Optional<ScenarioDirectory> directory;
  private final Duration pollInterval;
  private final AtomicLong version = new AtomicLong();
  private final Map<String, SessionState> sessions = new ConcurrentHashMap<>();

  // Guarded by this: what the snapshot is built from.
  private final Map<String, ScenarioDirectory.FileResult> files = new TreeMap<>();
  private final FolderChanges changes = new FolderChanges();
  private final Map<String, Scenario> loaded = new LinkedHashMap<>();
  private final Map<String, Boolean> activeOverrides = new HashMap<>();
  private final Set<String> removedFromFiles = new HashSet<>();
  private @Nullable FolderPolling watcher;

  private volatile Snapshot snapshot;

  private InMemoryScenarioRegistry(ApiContract contract, ErrorCatalogue catalogue,
      Optional<Path> folder, Duration pollInterval) {
    this.catalogue = catalogue;
    this.reader = new Lazy<>(() -> ScenarioReader.create(catalogue));
    this.builtIns = new Lazy<>(() -> BuiltInScenarios.of(contract));
    this.operations = contract.operations().stream().map(OperationSpec::name)
        .collect(Collectors.toUnmodifiableSet());
    this.directory = folder.map(path -> new ScenarioDirectory(path, reader));
    this.pollInterval = pollInterval;
    this.snapshot = Snapshot.EMPTY;
    synchronized (this) {
      readAllFiles();
      publish();
    }
  }

  /**
   * A registry with the built-in scenarios of the bundled reference and the scenario files of
   * {@code folder}, read now; {@link #watch()} reloads them when they change.
   */
  public static InMemoryScenarioRegistry create(Optional<Path> folder) {
    return newRegistry().folder(folder).build();
  }

  public static Builder newRegistry() {
    return new Builder();
  }

  // ---- ScenarioRegistry -------------------------------------------------------------------------

  @Override
  public Outcome resolve(RequestFacts facts) {
    Snapshot current = snapshot;
    HeaderTriggers triggers = HeaderTriggers.present(facts)
        ? HeaderTriggers.of(facts, catalogue)
        : new HeaderTriggers(List.of(), List.of(), List.of());
    List<String> problems = new ArrayList<>(triggers.problems());
    Map<String, Scenario> candidates = new LinkedHashMap<>();
    for (String id : triggers.scenarioIds()) {
      Scenario named = current.find(id);
      if (named == null) {
        named = BuiltInScenarios.undocumented(id, catalogue, operations, facts.rootFields())
            .orElse(null);
      }
      if (named == null) {
        problems.add("Unknown scenario '" + id + "' in " + HeaderTriggers.SCENARIO_HEADER
            + "; GET /__admin/scenarios lists them, and built-in ones read <operation>/<code>,"
            + " e.g. account/KT-CT-4178");
      } else {
        candidates.put(id, named);
      }
    }
    current.active().forEach(scenario -> candidates.putIfAbsent(scenario.id(), scenario));
    List<Applied> applied = apply(candidates.values(), facts);
    return outcome(facts, problems, triggers.failures(), applied);
  }

  @Override
  public long version() {
    return version.get();
  }

  @Override
  public boolean mayScript(RequestFacts facts) {
    return HeaderTriggers.present(facts) || snapshot.index().mayMatch(facts);
  }

  private List<Applied> apply(Collection<Scenario> candidates, RequestFacts facts) {
    List<Applied> applied = new ArrayList<>();
    List<Scenario> matching = candidates.stream()
        .filter(scenario -> scenario.rule().matches(facts)).toList();
    if (matching.isEmpty()) {
      // Sessions come into being only when something could count or move in them.
      return applied;
    }
    SessionState session = sessions.computeIfAbsent(facts.session(), name -> new SessionState());
    boolean moved = false;
    synchronized (session) {
      Map<String, String> statesBefore = Map.copyOf(session.states);
      for (Scenario scenario : matching) {
        StateTransition transition = scenario.transition();
        String state = transition.scenarioName()
            .map(name -> statesBefore.getOrDefault(name, StateTransition.STARTED))
            .orElse(StateTransition.STARTED);
        if (!transition.allows(state)) {
          continue;
        }
        int call = session.calls.merge(scenario.id(), 1, Integer::sum);
        if (!scenario.calls().includes(call)) {
          continue;
        }
        applied.add(new Applied(scenario, call));
        if (transition.newState().isPresent()) {
          String name = transition.scenarioName().orElseThrow();
          String previous = session.states.put(name, transition.newState().get());
          moved |= !transition.newState().get().equals(
              Objects.requireNonNullElse(previous, StateTransition.STARTED));
        }
      }
    }
    if (moved) {
      version.incrementAndGet();
    }
    return applied;
  }

  private Outcome outcome(RequestFacts facts, List<String> problems,
      List<FieldFailure> headerFailures, List<Applied> applied) {
    if (problems.isEmpty() && headerFailures.isEmpty() && applied.isEmpty()) {
      return Outcome.NONE;
    }
    List<FieldFailure> failures = new ArrayList<>();
    List<String> matched = new ArrayList<>();
    if (!problems.isEmpty()) {
      if (facts.rootFields().isEmpty()) {
        LOG.warn("Cannot report scenario header problems of a request without root fields: {}",
            problems);
      } else {
        failures.add(new FieldFailure(facts.rootFields().get(0), HeaderTriggers.PROBLEM_CODE,
            String.join(" ", problems), Map.of()));
        matched.add("trigger header problem");
      }
    }
    if (!headerFailures.isEmpty()) {
      failures.addAll(headerFailures);
      matched.add(HeaderTriggers.ERROR_HEADER);
    }
    Map<String, Object> payloads = new LinkedHashMap<>();
    Duration delay = Duration.ZERO;
    Optional<HttpFault> fault = Optional.empty();
    for (Applied each : applied) {
      ScriptedOutcome scripted = each.scenario().outcome();
      failures.addAll(scripted.failures());
      scripted.payloads().forEach(payloads::putIfAbsent);
      Duration wait = scripted.delay().pick(seed(each, facts));
      delay = wait.compareTo(delay) > 0 ? wait : delay;
      fault = fault.or(scripted::fault);
      matched.add(each.scenario().id());
    }
    return new Outcome(failures, payloads, delay, fault, matched);
  }

  /** The same for the same scenario, call number and request, so delays repeat run to run. */
  private static long seed(Applied applied, RequestFacts facts) {
    return 31L * Objects.hash(applied.scenario().id(), facts.session(), facts.operationName(),
        facts.rootFields(), facts.rootArguments(), facts.variables()) + applied.call();
  }

  // ---- ScenarioStore ----------------------------------------------------------------------------

  @Override
  public List<Scenario> scenarios() {
    return snapshot.scenarios();
  }

  @Override
  public List<Scenario> builtInScenarios() {
    return List.copyOf(snapshot.builtIns().get().values());
  }

  @Override
  public Optional<Scenario> scenario(String id) {
    return Optional.ofNullable(snapshot.find(id));
  }

  @Override
  public List<LoadProblem> loadProblems() {
    return snapshot.problems();
  }

  @Override
  public Loaded load(String json) {
    Scenario scenario = reader.get().read(json, ScenarioReader.Format.JSON,
        Scenario.ADMIN_SOURCE, null);
    if (builtIns.get().containsKey(scenario.id())) {
      throw new InvalidScenarioException(List.of(new LoadProblem(Scenario.ADMIN_SOURCE, 0, 0,
          "'" + scenario.id() + "' is the id of a built-in scenario; choose another")));
    }
    synchronized (this) {
      boolean replaced = loaded.put(scenario.id(), scenario) != null
          || snapshot.find(scenario.id()) != null;
      publish();
      return new Loaded(scenario, replaced);
    }
  }

  @Override
  public synchronized Optional<Scenario> setActive(String id, boolean active) {
    Scenario existing = snapshot.find(id);
    if (existing == null) {
      return Optional.empty();
    }
    if (loaded.containsKey(id)) {
      loaded.put(id, existing.withActive(active));
    } else {
      activeOverrides.put(id, active);
    }
    publish();
    return Optional.ofNullable(snapshot.find(id));
  }

  @Override
  public synchronized Removal remove(String id) {
    if (builtIns.get().containsKey(id)) {
      return Removal.BUILT_IN;
    }
    if (loaded.remove(id) != null) {
      publish();
      return Removal.REMOVED;
    }
    Scenario existing = snapshot.find(id);
    if (existing == null) {
      return Removal.NOT_FOUND;
    }
    removedFromFiles.add(id);
    publish();
    return Removal.REMOVED;
  }

  @Override
  public void reset() {
    sessions.clear();
    version.incrementAndGet();
  }

  @Override
  public void reset(String session) {
    sessions.remove(session);
    version.incrementAndGet();
  }

  @Override
  public Map<String, SessionSnapshot> sessions() {
    Map<String, SessionSnapshot> snapshots = new TreeMap<>();
    sessions.forEach((name, state) -> {
      synchronized (state) {
        snapshots.put(name, new SessionSnapshot(state.states, state.calls));
      }
    });
    return snapshots;
  }

  @Override
  public synchronized void reload() {
    if (!activeOverrides.isEmpty()) {
      activeOverrides.keySet().removeIf(id -> !builtIns.get().containsKey(id));
    }
    removedFromFiles.clear();
    readAllFiles();
    publish();
  }

  // ---- Files ------------------------------------------------------------------------------------

  /** The folder of scenario files, if any. */
  public Optional<Path> folder() {
    return directory.map(ScenarioDirectory::folder);
  }

  /**
   * Starts checking the folder for changes every poll interval; a change is loaded once the folder
   * has stayed the same for one more interval, so that half-written files are not read. Does
   * nothing without a folder or when already watching.
   */
  public synchronized InMemoryScenarioRegistry watch() {
    if (directory.isEmpty() || watcher != null || pollInterval.isZero()) {
      return this;
    }
    watcher = FolderPolling.start("scenario", pollInterval, this::poll);
    return this;
  }

  /** Stops watching the folder; {@link #watch()} starts again. */
  @Override
  public synchronized void close() {
    if (watcher != null) {
      watcher.close();
      watcher = null;
    }
  }

  private void poll() {
    Map<String, Long> scanned = directory.orElseThrow().fingerprints();
    synchronized (this) {
      Set<String> changed = changes.settled(scanned);
      if (!changed.isEmpty()) {
        readChangedFiles(changed, scanned.keySet());
        publish();
      }
    }
  }

  private void readAllFiles() {
    if (directory.isEmpty()) {
      return;
    }
    ScenarioDirectory folder = directory.get();
    if (!folder.exists()) {
      LOG.warn("Scenario folder {} does not exist; no scenario files loaded", folder.folder());
    }
    files.clear();
    Map<String, Long> scanned = folder.fingerprints();
    changes.readAll(scanned);
    scanned.keySet().forEach(name -> files.put(name, folder.read(name)));
    report("Loaded", scanned.keySet());
  }

  private void readChangedFiles(Set<String> changed, Set<String> present) {
    ScenarioDirectory folder = directory.orElseThrow();
    for (String name : changed) {
      ScenarioDirectory.FileResult before = files.remove(name);
      if (before != null) {
        before.scenario().ifPresent(this::forgetAdminChangesOf);
      }
      if (present.contains(name)) {
        ScenarioDirectory.FileResult after = folder.read(name);
        after.scenario().ifPresent(this::forgetAdminChangesOf);
        files.put(name, after);
      }
    }
    report("Reloaded", changed);
  }

  private void forgetAdminChangesOf(Scenario fromFile) {
    activeOverrides.remove(fromFile.id());
    removedFromFiles.remove(fromFile.id());
  }

  private void report(String verb, Set<String> names) {
    ScenarioDirectory folder = directory.orElseThrow();
    int rejected = 0;
    for (String name : names) {
      ScenarioDirectory.FileResult result = files.get(name);
      if (result == null || result.problems().isEmpty()) {
        continue;
      }
      rejected++;
      result.problems().forEach(problem -> LOG.warn("Rejected scenario file {}", problem));
    }
    LOG.info("{} {} scenario file(s) from {}{}", verb, names.size(), folder.folder(),
        rejected == 0 ? "" : ", " + rejected + " rejected");
  }

  // ---- Snapshot ---------------------------------------------------------------------------------

  /** Builds what requests read from the sources, and makes it visible. Caller holds the lock. */
  private void publish() {
    Map<String, Scenario> byId = new LinkedHashMap<>();
    Map<String, String> fileOfId = new HashMap<>();
    List<LoadProblem> problems = new ArrayList<>();
    directory.filter(folder -> !folder.exists()).ifPresent(folder -> problems.add(
        new LoadProblem(folder.folder().toString(), 0, 0, "the scenario folder does not exist")));
    files.forEach((name, result) -> {
      problems.addAll(result.problems());
      result.scenario().ifPresent(scenario -> {
        String clash = builtIns.get().containsKey(scenario.id())
            ? "'" + scenario.id() + "' is the id of a built-in scenario; choose another"
            : fileOfId.containsKey(scenario.id())
                ? "the id '" + scenario.id() + "' is already used by " + fileOfId.get(scenario.id())
                : null;
        if (clash != null) {
          problems.add(new LoadProblem(name, 0, 0, clash));
          return;
        }
        fileOfId.put(scenario.id(), name);
        if (!removedFromFiles.contains(scenario.id())) {
          byId.put(scenario.id(), scenario.withActive(
              activeOverrides.getOrDefault(scenario.id(), scenario.active())));
        }
      });
    });
    byId.putAll(loaded);
    Map<String, Boolean> overrides = Map.copyOf(activeOverrides);
    Lazy<Map<String, Scenario>> builtInsNow = overrides.isEmpty() ? builtIns : new Lazy<>(() -> {
      Map<String, Scenario> withOverrides = new LinkedHashMap<>();
      builtIns.get().forEach((id, scenario) -> withOverrides.put(id,
          scenario.withActive(overrides.getOrDefault(id, false))));
      return withOverrides;
    });
    snapshot = Snapshot.of(List.copyOf(byId.values()), builtInsNow, problems,
        overrides.containsValue(Boolean.TRUE));
    version.incrementAndGet();
  }

  /**
   * What one request reads, replaced as a whole on every change. The built-in scenarios (with the
   * admin API's activations applied) are only built when something asks for them.
   */
  private record Snapshot(List<Scenario> scenarios, Lazy<Map<String, Scenario>> builtIns,
      List<LoadProblem> problems, List<Scenario> active, Index index) {

    static final Snapshot EMPTY = of(List.of(), Lazy.of(Map.of()), List.of(), false);

    /** {@code builtInsActivated}: whether the admin API made any built-in scenario active. */
    static Snapshot of(List<Scenario> scenarios, Lazy<Map<String, Scenario>> builtIns,
        List<LoadProblem> problems, boolean builtInsActivated) {
      List<Scenario> active = activeOf(scenarios,
          builtInsActivated ? builtIns.get().values() : List.of());
      return new Snapshot(scenarios, builtIns, List.copyOf(problems), active, Index.of(active));
    }

    private static List<Scenario> activeOf(List<Scenario> scenarios,
        Collection<Scenario> builtIns) {
      List<Scenario> active = new ArrayList<>();
      scenarios.stream().filter(Scenario::active).forEach(active::add);
      builtIns.stream().filter(Scenario::active).forEach(active::add);
      return List.copyOf(active);
    }

    @Nullable Scenario find(String id) {
      for (Scenario scenario : scenarios) {
        if (scenario.id().equals(id)) {
          return scenario;
        }
      }
      return builtIns.get().get(id);
    }
  }

  /**
   * Which requests active scenarios could match at all, by the root fields or operation names
   * they pin, so that most requests are told "no" without trying each rule.
   */
  private record Index(Set<String> rootFields, Set<String> operationNames, boolean anyRequest) {

    static Index of(List<Scenario> active) {
      Set<String> rootFields = new HashSet<>();
      Set<String> operationNames = new HashSet<>();
      boolean anyRequest = false;
      for (Scenario scenario : active) {
        Optional<String> rootField = scenario.rule().requiredRootField();
        Optional<String> operationName = scenario.rule().requiredOperationName();
        if (rootField.isPresent()) {
          rootFields.add(rootField.get());
        } else if (operationName.isPresent()) {
          operationNames.add(operationName.get());
        } else {
          anyRequest = true;
        }
      }
      return new Index(Set.copyOf(rootFields), Set.copyOf(operationNames), anyRequest);
    }

    boolean mayMatch(RequestFacts facts) {
      if (anyRequest) {
        return true;
      }
      if (facts.operationName() != null && operationNames.contains(facts.operationName())) {
        return true;
      }
      for (String field : facts.rootFields()) {
        if (rootFields.contains(field)) {
          return true;
        }
      }
      return false;
    }
  }

  /** The states and call counts of one session; guarded by itself. */
  private static final class SessionState {
    final Map<String, String> states = new HashMap<>();
    final Map<String, Integer> calls = new HashMap<>();
  }

  /** A scenario that applies to a request, and which of its matching calls the request is. */
  private record Applied(Scenario scenario, int call) {}

  /** Builder of {@link InMemoryScenarioRegistry}, with property-named methods. */
  public static final class Builder {
    private @Nullable ApiContract contract;
    private Optional<Path> folder = Optional.empty();
    private Duration pollInterval = DEFAULT_POLL_INTERVAL;

    private Builder() {}

    /** The contract whose documented errors become built-in scenarios; the bundled one by default. */
    public Builder contract(ApiContract value) {
      this.contract = value;
      return this;
    }

    /** The folder of scenario files; none if not set. */
    public Builder folder(Optional<Path> value) {
      this.folder = value;
      return this;
    }

    /** How often {@link #watch()} checks the folder; {@link Duration#ZERO} never does. */
    public Builder pollInterval(Duration value) {
      if (value.isNegative()) {
        throw new IllegalArgumentException("The poll interval cannot be negative: " + value);
      }
      this.pollInterval = value;
      return this;
    }

    public InMemoryScenarioRegistry build() {
      ApiContract documented = contract != null ? contract : QueriesReference.bundledContract();
      return new InMemoryScenarioRegistry(documented, ErrorCatalogue.of(documented), folder,
          pollInterval);
    }
  }
}
