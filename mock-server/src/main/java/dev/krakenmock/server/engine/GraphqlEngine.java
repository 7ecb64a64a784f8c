package dev.krakenmock.server.engine;

import dev.krakenmock.schema.sdl.GeneratedSchema;
import dev.krakenmock.schema.contract.ApiContract;
import dev.krakenmock.schema.errors.ErrorCatalogue;
import dev.krakenmock.schema.reference.QueriesReference;
import dev.krakenmock.server.auth.KrakenTokenVerifier;
import dev.krakenmock.server.fixture.FixtureStore;
import dev.krakenmock.server.scenario.Outcome;
import dev.krakenmock.server.scenario.RequestFacts;
import dev.krakenmock.server.scenario.ScenarioRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import dev.krakenmock.server.auth.KrakenTokenIssuer;
import dev.krakenmock.server.config.MockServerConfig;
import dev.krakenmock.server.data.DatafakerValueGenerator;
import dev.krakenmock.server.data.ValueGenerator;
import dev.krakenmock.server.engine.OpaqueSelections.CapturedField;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.validation.ValidationError;
import graphql.execution.ExecutionId;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Executes GraphQL requests against the mock schema, answering every field from the generated
 * entity graph. The schema is built once, when the engine is created, so a broken SDL fails at
 * start-up rather than on the first request.
 *
 * <p>In lenient mode (the default), selections the reference does not document are answered too
 * (see {@link OpaqueSelections}) and listed in the response's {@code extensions}; in strict mode
 * they fail validation, as on the real API.
 */
public final class GraphqlEngine {

  /** The extension key under which the engine reports what it answered outside the contract. */
  public static final String EXTENSION_KEY = "krakenMock";

  private static final String RATE_LIMIT_INFO = "rateLimitInfo";

  /** The header that names the session a request belongs to. */
  public static final String SESSION_HEADER = "X-Mock-Session";

  private static final int CACHE_LIMIT = 2_000;

  private final GraphQLSchema schema;
  private final GraphQL graphql;
  private final EntityGraph graph;
  private final boolean strict;
  private final int maxDepth;
  private final ParserOptions parserOptions;
  private final Map<String, Prepared> prepared = new ConcurrentHashMap<>();
  private final KrakenErrors errors;
  private final ScenarioRegistry scenarios;
  private final KrakenTokenVerifier verifier;
  private final SelectionCosts costs;
  private final RateLimits rateLimits;
  private final PossibleErrorsHeader possibleErrorsHeader;
  private final boolean rateLimited;
  private final @Nullable AuthPolicy auth;
  private volatile FixtureStore fixtures = FixtureStore.NONE;

  private GraphqlEngine(MockServerConfig config, TypeDefinitionRegistry registry,
      java.util.function.Supplier<? extends ValueGenerator> generatorLater,
      Map<String, DataFetcher<?>> explicitFetchers,
      java.util.function.Supplier<? extends ScenarioRegistry> scenariosLater) {
    CapturedIdentities.Recorder recorder = new CapturedIdentities.Recorder();
    Holder holder = new Holder();
    GeneratedValueFetcher fetcher = new GeneratedValueFetcher(holder, recorder);
    ApiContract contract = QueriesReference.bundledContract();
    ErrorCatalogue catalogue = ErrorCatalogue.of(contract);
    // A connection asked without first/last counts as one page of cost: the reference's own
    // examples select many connections that way and must stay under Kraken's limit.
    QueryComplexity complexity = new QueryComplexity(contract, 1, config.maxQueryComplexity());
    NodeLimit nodeLimit = new NodeLimit(config.listSize(), config.connectionSize(),
        config.maxQueryNodes());
    this.rateLimits = new RateLimits(contract, config.clock(), config.rateLimits());
    PossibleErrors possibleErrors = new PossibleErrors(contract, catalogue);
    this.possibleErrorsHeader = new PossibleErrorsHeader(possibleErrors);
    Map<String, DataFetcher<?>> fetchers = new LinkedHashMap<>(explicitFetchers);
    fetchers.put(QueryComplexityQuery.COORDINATES, new QueryComplexityQuery(complexity, catalogue));
    fetchers.put(PossibleErrorsQuery.COORDINATES, new PossibleErrorsQuery(possibleErrors,
        catalogue));
    fetchers.putAll(new RateLimitInfoQuery(rateLimits).fetchers());
    // The meta queries have rate limits and permissions of their own; the login has neither.
    fetchers.replaceAll((coordinates, explicit) -> coordinates.endsWith("." + LoginMutation.FIELD)
        ? explicit : new PolicyCheckedFetcher(() -> holder.policies, () -> holder.errors, explicit));
    RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
        .wiringFactory(new MockWiringFactory(fetcher, fetchers))
        .build();
    this.schema = new SchemaGenerator().makeExecutableSchema(registry, wiring);
    ValueGenerator generator = generatorLater.get();
    this.costs = new SelectionCosts(schema, complexity, nodeLimit);
    this.graph = new EntityGraph(schema, config.seed(), generator, config.listSize(),
        config.connectionSize(), () -> fixtures.current());
    this.errors = new KrakenErrors(catalogue);
    this.scenarios = scenariosLater.get();
    this.verifier = KrakenTokenVerifier.create(config);
    this.rateLimited = config.rateLimits();
    this.auth = config.auth() ? new AuthPolicy(contract, schema.getQueryType().getName()) : null;
    List<FieldPolicy> policies = new ArrayList<>();
    policies.add(new DeprecatedFields(contract, config.clock(), config.disableRemovedFields()));
    policies.add(new ScriptedFailures());
    policies.add(new PageBounds());
    if (auth != null) {
      policies.add(auth);
    }
    // Always present: points are counted even when limits are off, for rateLimitInfo.
    policies.add(rateLimits);
    holder.graph = graph;
    holder.errors = errors;
    holder.policies = List.copyOf(policies);
    this.strict = config.strict();
    this.maxDepth = config.maxQueryDepth();
    this.parserOptions = ParserOptions.getDefaultParserOptions().transform(
        builder -> builder.maxTokens(config.maxQueryTokens()));
    // Execution ids from a counter: graphql-java's default draws a random UUID per request, from
    // a generator that every request thread then waits on.
    var executions = new java.util.concurrent.atomic.AtomicLong();
    this.graphql = GraphQL.newGraphQL(schema)
        .preparsedDocumentProvider(new ValidatedDocuments())
        .executionIdProvider((query, operationName, context) ->
            ExecutionId.from(Long.toString(executions.incrementAndGet())))
        .build();
    warmUp(generator);
  }

  /**
   * Loads, while the server starts, what the first request would otherwise wait for: the data
   * generator's word lists and graphql-java's execution path.
   */
  private void warmUp(ValueGenerator generator) {
    generator.value(new dev.krakenmock.server.data.ValueRequest(0, "AccountUserType", "email",
        "String", dev.krakenmock.server.data.ValueKind.STRING, List.of()));
    graphql.execute(ExecutionInput.newExecutionInput().query("{ __typename }").build());
  }

  /**
   * An engine for the SDL committed in the schema module, with the default settings but without
   * authentication: for tools and tests that query it directly.
   */
  public static GraphqlEngine fromGeneratedSchema() {
    return create(MockServerConfig.newConfig().auth(false).build(), GeneratedSchema.sdl());
  }

  /**
   * An engine for any SDL text, with its data from Datafaker in the configured locale.
   *
   * @throws RuntimeException from graphql-java when the SDL does not parse or is not a valid
   *     schema; its message lists the problems
   */
  public static GraphqlEngine create(MockServerConfig config, String sdl) {
    return create(config, sdl, ScenarioRegistry.NONE);
  }

  /** An engine whose answers the given scenarios may script. */
  public static GraphqlEngine create(MockServerConfig config, String sdl,
      ScenarioRegistry scenarios) {
    return create(config, sdl, () -> scenarios);
  }

  /**
   * An engine whose scenarios are asked for only once its schema is built, so that whoever makes
   * them can do so while the schema builds. The SDL is parsed once; Datafaker loads its word lists
   * on another thread meanwhile.
   */
  public static GraphqlEngine create(MockServerConfig config, String sdl,
      java.util.function.Supplier<? extends ScenarioRegistry> scenarios) {
    java.util.concurrent.CompletableFuture<ValueGenerator> generator =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> new DatafakerValueGenerator(config.locale()));
    TypeDefinitionRegistry registry = LoginMutation.withLogin(
        new SchemaParser().parse(MetaQueryTypes.withDocumentedFields(sdl)));
    return new GraphqlEngine(config, registry, generator::join,
        LoginMutation.fetchers(registry, KrakenTokenIssuer.create(config)), scenarios);
  }

  /** An engine with its own value generator and fetchers of particular fields. */
  public static GraphqlEngine create(MockServerConfig config, String sdl,
      ValueGenerator generator, Map<String, DataFetcher<?>> explicitFetchers) {
    return new GraphqlEngine(config, new SchemaParser().parse(sdl), () -> generator,
        explicitFetchers, () -> ScenarioRegistry.NONE);
  }

  /**
   * Answers with the fixtures of {@code store} from now on, after checking and loading them
   * against this engine's schema.
   */
  public GraphqlEngine useFixtures(FixtureStore store) {
    store.useSchema(FixtureShapes.of(schema));
    this.fixtures = store;
    return this;
  }

  /** The executable schema (for introspection by tests and tools). */
  public GraphQLSchema schema() {
    return schema;
  }

  /**
   * Runs one request. Syntax and validation problems are not thrown: they come back in the {@code
   * errors} entry, as the GraphQL specification asks.
   *
   * @return the response in the shape of the GraphQL specification: {@code data}, {@code errors}
   *     and {@code extensions}, each only when present
   */
  public Map<String, Object> execute(GraphqlRequest request) {
    return respond(request).body();
  }

  /**
   * Runs one request as the HTTP layer needs it: with the scripted outcome of its scenarios
   * (which may be an HTTP fault instead of a response), and until when its answer holds.
   */
  public EngineResponse respond(GraphqlRequest request) {
    Prepared document = prepared(request.query());
    if (document.problem() != null) {
      return new EngineResponse(Map.of("errors", List.of(document.problem())), Optional.empty(),
          Optional.of(Instant.MAX));
    }
    Map<String, Object> variables = new LinkedHashMap<>(request.variables());
    RequestFacts facts = document.facts(request, variables);
    @Nullable String operationType = document.operationType(request.operationName());
    if (PossibleErrorsHeader.isRequested(request) && document.document() != null) {
      Document validated = document.rewritten() != null ? document.rewritten().document()
          : document.document();
      return EngineResponse.uncacheable(possibleErrorsHeader.respond(validated, schema,
          variables, request.operationName())).withMatching(facts, operationType, List.of());
    }
    boolean scripted = scenarios.mayScript(facts);
    Outcome outcome = scripted ? scenarios.resolve(facts) : Outcome.NONE;
    pause(outcome.delay());
    if (outcome.fault().isPresent()) {
      return new EngineResponse(Map.of(), outcome.fault(), Optional.empty())
          .withMatching(facts, operationType, outcome.matched());
    }
    RequestScope scope = new RequestScope(request, facts, outcome,
        () -> verifier.verify(request.header("Authorization")));
    if (document.document() != null) {
      SelectionCosts.Cost cost = costs.of(document.document(), request.operationName(), variables);
      Optional<RaisedError> refused = cost.refusal()
          .or(() -> rateLimits.charge(scope, cost.complexity()));
      if (refused.isPresent()) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errors", List.of(errors.onRequest(refused.get())));
        body.put("data", null);
        return EngineResponse.uncacheable(body)
            .withMatching(facts, operationType, outcome.matched());
      }
    }
    List<CapturedField> captures = document.capturesOf(request.operationName());
    ExecutionInput input = ExecutionInput.newExecutionInput()
        .query(document.executable())
        .operationName(request.operationName())
        .variables(variables)
        .build();
    GraphQLContext context = input.getGraphQLContext();
    scope.attachTo(context);
    CapturedIdentities.expect(context, document.parentPaths());
    scope.recordIdentitiesOf(document.recordedFieldNames());
    ExecutionResult result;
    try (RequestScope.Execution execution = scope.execute()) {
      result = graphql.execute(input);
    }
    Map<String, Object> response = new LinkedHashMap<>(result.toSpecification());
    if (document.rewritten() != null && response.get("data") != null) {
      captures = refuseRootCaptures(response, captures, scope);
    }
    if (document.rewritten() != null && response.get("data") != null) {
      SelectionGenerator generator =
          new SelectionGenerator(graph, variables, document.fragments());
      new ResponsePatcher(generator, CapturedIdentities.found(context),
          document.rootTypeOf(request.operationName(), schema))
          .patch(response.get("data"), captures);
      report(response, generator.undocumentedPaths(), document.rewritten().ignoredArguments());
    }
    if (response.containsKey("data")) {
      OperationReplay.apply(response, fixtures.current(),
          OperationReplay.nameOf(document.selectedOperation(request.operationName()),
              facts.rootFields()), request.variables());
    }
    Payloads.apply(response, outcome.payloads());
    if (!scope.warnings().isEmpty()) {
      extensions(response).put("warnings", scope.warnings());
    }
    boolean cacheable = !scripted && outcome.isNone() && document.isQuery(request.operationName())
        && !rateLimited && !facts.rootFields().contains(RATE_LIMIT_INFO);
    return new EngineResponse(response, Optional.empty(),
        cacheable ? Optional.of(scope.answerHoldsUntil()) : Optional.empty())
        .withMatching(facts, operationType, outcome.matched());
  }

  /** The version of everything stateful that answers depend on: cached answers of older ones
   *  are stale. */
  public long stateVersion() {
    // Both only grow, so their sum changes whenever either does.
    return scenarios.version() + fixtures.version();
  }

  /**
   * Root fields answered outside graphql-java go through the same scripted failures and
   * authentication as the others; a refused one is null (its whole {@code data} when it is
   * non-null) with Kraken's error, at its place in the client's query.
   */
  @SuppressWarnings("unchecked")
  private List<CapturedField> refuseRootCaptures(Map<String, Object> response,
      List<CapturedField> captures, RequestScope scope) {
    List<CapturedField> kept = new ArrayList<>();
    List<Object> raisedErrors = new ArrayList<>();
    boolean nullData = false;
    for (CapturedField capture : captures) {
      if (!capture.parentPath().isEmpty()) {
        kept.add(capture);
        continue;
      }
      String field = capture.field().getName();
      Optional<RaisedError> refused = ScriptedFailures.matching(scope.outcome().failures(),
          capture.responseKey(), field);
      if (refused.isEmpty() && auth != null) {
        refused = auth.checkRoot(field, scope);
      }
      if (refused.isEmpty()) {
        kept.add(capture);
        continue;
      }
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("message", errors.message(refused.get()));
      graphql.language.SourceLocation at = capture.field().getSourceLocation();
      if (at != null) {
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("line", at.getLine());
        location.put("column", at.getColumn());
        error.put("locations", List.of(location));
      }
      error.put("path", List.of(capture.responseKey()));
      error.put("extensions", errors.extensions(refused.get()));
      raisedErrors.add(error);
      ((Map<String, Object>) response.get("data")).put(capture.responseKey(), null);
      nullData |= capture.definition() != null
          && GraphQLTypeUtil.isNonNull(capture.definition().getType());
    }
    if (!raisedErrors.isEmpty()) {
      List<Object> all = new ArrayList<>();
      Object existing = response.get("errors");
      if (existing instanceof List<?> list) {
        all.addAll(list);
      }
      all.addAll(raisedErrors);
      Map<String, Object> ordered = new LinkedHashMap<>();
      ordered.put("errors", all);
      ordered.put("data", nullData ? null : response.get("data"));
      response.forEach((key, value) -> {
        if (!ordered.containsKey(key)) {
          ordered.put(key, value);
        }
      });
      response.clear();
      response.putAll(ordered);
    }
    return kept;
  }

  private static void report(Map<String, Object> response, java.util.Set<String> undocumented,
      java.util.Set<String> ignoredArguments) {
    Map<String, Object> report = new LinkedHashMap<>();
    if (!undocumented.isEmpty()) {
      report.put("undocumentedFields", List.copyOf(undocumented));
    }
    if (!ignoredArguments.isEmpty()) {
      report.put("ignoredArguments", List.copyOf(new java.util.TreeSet<>(ignoredArguments)));
    }
    if (!report.isEmpty()) {
      extensions(response).put(EXTENSION_KEY, report);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> extensions(Map<String, Object> response) {
    Object existing = response.get("extensions");
    if (existing instanceof LinkedHashMap<?, ?> ours) {
      return (Map<String, Object>) ours;
    }
    Map<String, Object> extensions = new LinkedHashMap<>();
    if (existing instanceof Map<?, ?> map) {
      map.forEach((key, value) -> extensions.put(String.valueOf(key), value));
    }
    response.put("extensions", extensions);
    return extensions;
  }

  private static void pause(Duration delay) {
    if (delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Whether the response to {@code request} is a function of the request alone: queries are
   * (their data derives from the seed), mutations are not (a login issues a token for now).
   */
  public boolean isCacheable(GraphqlRequest request) {
    Prepared document = prepared(request.query());
    return document.problem() != null || document.isQuery(request.operationName());
  }

  private Prepared prepared(String query) {
    Prepared cached = prepared.get(query);
    if (cached != null) {
      return cached;
    }
    Prepared fresh = prepare(query);
    if (prepared.size() >= CACHE_LIMIT) {
      prepared.clear();
    }
    prepared.put(query, fresh);
    return fresh;
  }

  private Prepared prepare(String query) {
    Document document;
    try {
      document = Parser.parse(ParserEnvironment.newParserEnvironment()
          .document(query).parserOptions(parserOptions).build());
    } catch (InvalidSyntaxException e) {
      // Also thrown when the document has more tokens than allowed.
      GraphQLError error = e.toInvalidSyntaxError();
      return Prepared.rejected(error.toSpecification());
    }
    int depth = QueryDepth.of(document);
    if (depth > maxDepth) {
      return Prepared.rejected(Map.of("message", "The query is " + depth
          + " levels deep; the limit is " + maxDepth + "."));
    }
    Map<String, OperationDefinition.Operation> operations = operationTypes(document);
    if (strict) {
      return new Prepared(query, null, null, operations, document, Set.of(), Set.of());
    }
    OpaqueSelections.Rewritten rewritten = OpaqueSelections.rewrite(schema, document);
    if (!rewritten.changed()) {
      return new Prepared(query, null, null, operations, document, Set.of(), Set.of());
    }
    Set<List<String>> parentPaths = rewritten.parentPaths();
    return new Prepared(query, rewritten, null, operations, document, parentPaths,
        CapturedIdentities.fieldNamesOnPaths(rewritten.document(), parentPaths));
  }

  private static Map<String, OperationDefinition.Operation> operationTypes(Document document) {
    Map<String, OperationDefinition.Operation> types = new LinkedHashMap<>();
    for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
      types.put(Objects.requireNonNullElse(operation.getName(), ""), operation.getOperation());
    }
    return types;
  }

  /**
   * A document read once per query text: what to execute and what was taken out of it, with the
   * response paths whose objects the taken-out fields need and the names of the fields that may
   * answer them (both worked out once, not per request).
   */
  private record Prepared(String executable, OpaqueSelections.@Nullable Rewritten rewritten,
      @Nullable Map<String, Object> problem,
      Map<String, OperationDefinition.Operation> operations, @Nullable Document document,
      Set<List<String>> parentPaths, Set<String> recordedFieldNames) {

    static Prepared rejected(Map<String, Object> problem) {
      return new Prepared("", null, problem, Map.of(), null, Set.of(), Set.of());
    }

    boolean isQuery(@Nullable String operationName) {
      return operations.get(selectedOperation(operationName))
          == OperationDefinition.Operation.QUERY;
    }

    /** What scenarios match on: the selected operation's root fields and their arguments. */
    RequestFacts facts(GraphqlRequest request, Map<String, Object> variables) {
      String session = Objects.requireNonNullElse(request.header(SESSION_HEADER),
          RequestFacts.DEFAULT_SESSION);
      List<String> rootFields = new ArrayList<>();
      Map<String, Map<String, @Nullable Object>> arguments = new LinkedHashMap<>();
      OperationDefinition operation = document == null ? null
          : document.getDefinitionsOfType(OperationDefinition.class).stream()
              .filter(o -> Objects.equals(Objects.requireNonNullElse(o.getName(), ""),
                  selectedOperation(request.operationName())))
              .findFirst().orElse(null);
      if (operation != null) {
        for (graphql.language.Field field
            : operation.getSelectionSet().getSelectionsOfType(graphql.language.Field.class)) {
          rootFields.add(field.getName());
          arguments.putIfAbsent(field.getName(), ArgumentValues.of(field, variables));
        }
      }
      return new RequestFacts(session, request.operationName(), rootFields, arguments,
          variables, request.headers());
    }

    /** {@code query}, {@code mutation} or {@code subscription}; null when none is selected. */
    @Nullable String operationType(@Nullable String operationName) {
      OperationDefinition.Operation type = operations.get(selectedOperation(operationName));
      return type == null ? null : type.name().toLowerCase(java.util.Locale.ROOT);
    }

    String selectedOperation(@Nullable String operationName) {
      return operationName != null ? operationName
          : operations.size() == 1 ? operations.keySet().iterator().next() : "";
    }

    List<CapturedField> capturesOf(@Nullable String operationName) {
      if (rewritten == null) {
        return List.of();
      }
      String selected = selectedOperation(operationName);
      return rewritten.captures().stream()
          .filter(capture -> Objects.equals(Objects.requireNonNullElse(capture.operation(), ""),
              selected))
          .toList();
    }


    Map<String, FragmentDefinition> fragments() {
      return rewritten == null || rewritten.captures().isEmpty() ? Map.of()
          : rewritten.captures().get(0).fragments();
    }

    String rootTypeOf(@Nullable String operationName, GraphQLSchema schema) {
      String selected = selectedOperation(operationName);
      OperationDefinition.Operation type =
          operations.getOrDefault(selected, OperationDefinition.Operation.QUERY);
      return type == OperationDefinition.Operation.MUTATION && schema.getMutationType() != null
          ? schema.getMutationType().getName() : schema.getQueryType().getName();
    }
  }

  /**
   * Parses and validates each distinct document once. A rewritten document is handed to
   * graphql-java as a tree, not as text, so that its nodes keep their places in the client's
   * query: errors then point at the lines and columns the client sent.
   */
  private final class ValidatedDocuments implements PreparsedDocumentProvider {
    private final Map<String, PreparsedDocumentEntry> entries = new ConcurrentHashMap<>();

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
        Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
      PreparsedDocumentEntry entry = entries.get(input.getQuery());
      if (entry == null) {
        Prepared document = prepared.get(input.getQuery());
        if (document != null && document.rewritten() != null) {
          Document executed = document.rewritten().document();
          List<ValidationError> problems = ParseAndValidate.validate(schema, executed);
          entry = problems.isEmpty() ? new PreparsedDocumentEntry(executed)
              : new PreparsedDocumentEntry(List.copyOf(problems));
        } else {
          entry = parseAndValidate.apply(input);
        }
        if (entries.size() >= CACHE_LIMIT) {
          entries.clear();
        }
        entries.put(input.getQuery(), entry);
      }
      return CompletableFuture.completedFuture(entry);
    }
  }

  /**
   * Lets the fetcher reach what needs the schema it is wired into: the graph, the field policies
   * and the error shaper.
   */
  static final class Holder {
    @Nullable EntityGraph graph;
    List<FieldPolicy> policies = List.of();
    @Nullable KrakenErrors errors;
  }
}
