package dev.krakenmock.server.engine;

import dev.krakenmock.server.auth.AccessTokenVerification;
import dev.krakenmock.server.scenario.Outcome;
import dev.krakenmock.server.scenario.RequestFacts;
import graphql.GraphQLContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Everything the field policies of one request share: the request, its facts, its scripted
 * outcome, its (lazily verified) credentials, and the warnings to report in {@code extensions}.
 */
final class RequestScope {

  private static final String KEY = RequestScope.class.getName();

  // The scope of the request the thread is executing: graphql-java runs our fetchers, which
  // answer at once, on the thread that called it. Read where graphql-java gives no context.
  private static final ThreadLocal<@Nullable RequestScope> EXECUTING = new ThreadLocal<>();

  private final GraphqlRequest request;
  private final RequestFacts facts;
  private final Outcome outcome;
  private final Supplier<AccessTokenVerification> verification;
  private final List<Map<String, Object>> warnings =
      Collections.synchronizedList(new ArrayList<>());
  private volatile AccessTokenVerification verified;
  private volatile Set<String> recordedFieldNames = Set.of();

  RequestScope(GraphqlRequest request, RequestFacts facts, Outcome outcome,
      Supplier<AccessTokenVerification> verification) {
    this.request = request;
    this.facts = facts;
    this.outcome = outcome;
    this.verification = verification;
  }

  void attachTo(GraphQLContext context) {
    context.put(KEY, this);
  }

  static RequestScope of(GraphQLContext context) {
    return context.get(KEY);
  }

  /**
   * Makes this the scope of the calling thread's execution until the result is closed, which
   * puts back the scope it replaced.
   */
  Execution execute() {
    RequestScope outer = EXECUTING.get();
    EXECUTING.set(this);
    return () -> EXECUTING.set(outer);
  }

  /**
   * Names the fields whose objects the execution may have to record for answering opaque
   * fields (see {@link CapturedIdentities#fieldNamesOnPaths}).
   */
  void recordIdentitiesOf(Set<String> fieldNames) {
    this.recordedFieldNames = Set.copyOf(fieldNames);
  }

  /** Whether an object a field of this name answers may have to be recorded. */
  boolean mayRecordIdentityOf(String fieldName) {
    return recordedFieldNames.contains(fieldName);
  }

  /** The scope of the request this thread is executing; null outside an execution. */
  static @Nullable RequestScope executing() {
    return EXECUTING.get();
  }

  /** The span of an execution on its thread. */
  interface Execution extends AutoCloseable {
    @Override
    void close();
  }

  GraphqlRequest request() {
    return request;
  }

  RequestFacts facts() {
    return facts;
  }

  Outcome outcome() {
    return outcome;
  }

  /** The request's credentials, verified once, on first use. */
  AccessTokenVerification credentials() {
    AccessTokenVerification result = verified;
    if (result == null) {
      result = verification.get();
      verified = result;
    }
    return result;
  }

  /** The credentials when the request sent an {@code Authorization} header; null otherwise. */
  @org.jspecify.annotations.Nullable AccessTokenVerification credentialsIfSent() {
    return request.header("Authorization") == null ? null : credentials();
  }

  /** Adds a warning for the response's {@code extensions} (e.g. a deprecated field used). */
  void warn(Map<String, Object> warning) {
    if (!warnings.contains(warning)) {
      warnings.add(warning);
    }
  }

  /**
   * Until when the answer holds for an identical request: until the token it was checked with
   * expires, or forever when no token mattered.
   */
  java.time.Instant answerHoldsUntil() {
    AccessTokenVerification result = verified;
    if (result == null || !result.isValid()) {
      return java.time.Instant.MAX;
    }
    return result.claims().map(claims -> claims.expiresAt()).orElse(java.time.Instant.MAX);
  }

  List<Map<String, Object>> warnings() {
    synchronized (warnings) {
      return List.copyOf(warnings);
    }
  }
}
