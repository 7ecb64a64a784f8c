package dev.krakenmock.server.engine;

import dev.krakenmock.schema.contract.ApiContract;
import dev.krakenmock.schema.contract.OperationSpec;
import dev.krakenmock.schema.contract.RateLimit;
import dev.krakenmock.server.auth.AccessTokenVerification;
import dev.krakenmock.server.auth.Viewer;
import dev.krakenmock.server.auth.ViewerType;
import graphql.schema.GraphQLFieldDefinition;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Kraken's rate limits (kraken-api-facts.md, section 4), per session:
 *
 * <ul>
 *   <li>the field-specific limits the reference documents for query fields ({@code Ip} or {@code
 *       User} key, steps such as {@code 10/m, 5/m, 1/m, 1/h}, read as {@link SteppedRateCounter}
 *       explains), checked as a field policy: a field over its limit fails with KT-CT-1199 ("Too
 *       many requests.");
 *   <li>the hourly points allowance, charged each request's complexity by {@link #charge}: 50,000
 *       points for account users (and anonymous clients), 100,000 for organisations.
 * </ul>
 *
 * <p>A client is known by its IP address: the first address of {@code X-Forwarded-For}, else the
 * address the server saw ({@value #CLIENT_ADDRESS}, set by the HTTP layer), else {@value
 * #LOCAL_CLIENT}. A {@code User} limit and the allowance count by the token's subject instead, when
 * the request carries a valid token. When limits are not enforced, field limits are not counted and
 * the allowance only counts (Kraken's COUNT mode), so that {@code rateLimitInfo} still shows usage.
 */
final class RateLimits implements FieldPolicy {

  static final String TOO_MANY_REQUESTS = "KT-CT-1199";

  /** The header a proxy puts the client's address in. */
  static final String FORWARDED_FOR = "x-forwarded-for";

  /** The header the HTTP layer puts the remote address in. */
  static final String CLIENT_ADDRESS = "x-mock-client-ip";

  /** The address of a client that none of the headers names. */
  static final String LOCAL_CLIENT = "local";

  /** Kraken's hourly points allowance of account users. */
  static final int ACCOUNT_USER_ALLOWANCE = 50_000;

  /** Kraken's hourly points allowance of organisations. */
  static final int ORGANIZATION_ALLOWANCE = 100_000;

  private final SortedMap<String, List<RateLimit>> limits = new TreeMap<>();
  private final Clock clock;
  private final boolean enforced;
  private final Map<CounterKey, SteppedRateCounter> counters = new ConcurrentHashMap<>();
  private final Map<AllowanceKey, PointsAllowance> allowances = new ConcurrentHashMap<>();

  /**
   * @param contract where the field-specific limits are documented
   * @param clock the clock of every window (fixed in tests)
   * @param enforced whether requests over a limit are refused ({@code --rate-limits})
   */
  RateLimits(ApiContract contract, Clock clock, boolean enforced) {
    for (OperationSpec operation : contract.operations()) {
      if (!operation.rateLimits().isEmpty()) {
        limits.put(operation.name(), operation.rateLimits());
      }
    }
    this.clock = clock;
    this.enforced = enforced;
  }

  private record CounterKey(String session, String field, RateLimit limit, String client) {}

  private record AllowanceKey(String session, String viewer) {}

  /** One field-specific limit as one client sees it. */
  record FieldLimitState(String field, RateLimit limit, SteppedRateCounter.Snapshot snapshot) {}

  @Override
  public boolean mayApplyToPlainField(GraphQLFieldDefinition definition, RequestScope scope) {
    return false; // only root fields have limits of their own
  }

  @Override
  public Optional<RaisedError> check(FieldContext context) {
    if (!enforced || !context.root()) {
      return Optional.empty();
    }
    @Nullable List<RateLimit> fieldLimits = limits.get(context.fieldName());
    if (fieldLimits == null || !context.parentType().equals(
        context.environment().getGraphQLSchema().getQueryType().getName())) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    for (RateLimit limit : fieldLimits) {
      CounterKey key = key(context.scope(), context.fieldName(), limit);
      SteppedRateCounter counter =
          counters.computeIfAbsent(key, k -> new SteppedRateCounter(limit.steps()));
      if (!counter.tryAcquire(now)) {
        return Optional.of(RaisedError.of(TOO_MANY_REQUESTS));
      }
    }
    return Optional.empty();
  }

  /**
   * Charges a request's complexity to its viewer's points allowance; KT-CT-1199 when limits are
   * enforced and the allowance is spent. The engine calls it once per request, before execution.
   */
  Optional<RaisedError> charge(RequestScope scope, int complexity) {
    boolean served = allowance(scope).charge(complexity, clock.instant(), enforced);
    return served ? Optional.empty() : Optional.of(RaisedError.of(TOO_MANY_REQUESTS));
  }

  /** The points allowance of the request's viewer, now. */
  PointsAllowance.Snapshot allowanceOf(RequestScope scope) {
    return allowance(scope).snapshot(clock.instant());
  }

  /** Every documented field-specific limit, by field name, as the request's client sees it. */
  List<FieldLimitState> fieldLimitsOf(RequestScope scope) {
    Instant now = clock.instant();
    List<FieldLimitState> states = new ArrayList<>();
    limits.forEach((field, fieldLimits) -> {
      for (RateLimit limit : fieldLimits) {
        @Nullable SteppedRateCounter counter = counters.get(key(scope, field, limit));
        SteppedRateCounter.Snapshot snapshot = counter != null ? counter.snapshot(now)
            : new SteppedRateCounter(limit.steps()).snapshot(now);
        states.add(new FieldLimitState(field, limit, snapshot));
      }
    });
    return states;
  }

  /** Forgets every count of a session. */
  void reset(String session) {
    counters.keySet().removeIf(key -> key.session().equals(session));
    allowances.keySet().removeIf(key -> key.session().equals(session));
  }

  private PointsAllowance allowance(RequestScope scope) {
    @Nullable Viewer viewer = viewer(scope);
    String identity = viewer != null ? "user:" + viewer.subject() : "ip:" + address(scope);
    int limit = viewer != null && viewer.type() == ViewerType.ORGANIZATION
        ? ORGANIZATION_ALLOWANCE : ACCOUNT_USER_ALLOWANCE;
    return allowances.computeIfAbsent(new AllowanceKey(scope.facts().session(), identity),
        key -> new PointsAllowance(limit));
  }

  private CounterKey key(RequestScope scope, String field, RateLimit limit) {
    @Nullable Viewer viewer = limit.key() == RateLimit.Key.USER ? viewer(scope) : null;
    String client = viewer != null ? "user:" + viewer.subject() : "ip:" + address(scope);
    return new CounterKey(scope.facts().session(), field, limit, client);
  }

  private static @Nullable Viewer viewer(RequestScope scope) {
    AccessTokenVerification credentials = scope.credentials();
    return credentials.isValid() ? credentials.claims().orElseThrow().viewer() : null;
  }

  /** The client's address, as {@link RateLimits} explains. */
  static String address(RequestScope scope) {
    @Nullable String forwarded = scope.request().header(FORWARDED_FOR);
    if (forwarded != null) {
      String first = forwarded.split(",", 2)[0].strip();
      if (!first.isEmpty()) {
        return first;
      }
    }
    @Nullable String seen = scope.request().header(CLIENT_ADDRESS);
    return seen == null || seen.isBlank() ? LOCAL_CLIENT : seen.strip();
  }
}
