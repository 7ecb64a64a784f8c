package dev.krakenmock.server.engine;

import static dev.krakenmock.server.engine.GraphqlEngineTest.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.schema.reference.QueriesReference;
import dev.krakenmock.server.auth.ViewerType;
import dev.krakenmock.server.engine.PolicyHarness.Result;
import dev.krakenmock.server.engine.PolicyHarness.Run;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code rateLimitInfo} from the counts that are enforced. */
class RateLimitInfoQueryTest {

  private static final String INFO = """
      { rateLimitInfo {
          pointsAllowanceRateLimit { limit remainingPoints usedPoints ttl isBlocked }
          fieldSpecificRateLimits(first: 2) {
            totalCount edgeCount pageInfo { hasNextPage endCursor }
            edges { cursor node { field rate ttl isBlocked } } } } }""";

  private final MutableClock clock = new MutableClock("2026-01-01T10:00:00Z");
  private final RateLimits limits = new RateLimits(QueriesReference.bundledContract(), clock, true);
  private final Run run = Run.of(limits).withExplicit(new RateLimitInfoQuery(limits).fetchers());

  private static long epoch(String instant) {
    return Instant.parse(instant).getEpochSecond();
  }

  @Test
  void showsThePointsChargedToTheViewer() {
    limits.charge(PolicyHarness.scope(GraphqlRequest.ofQuery("{ x }"), PolicyHarness.anonymous()),
        10);
    Result result = PolicyHarness.GENERATED.run(run, INFO);
    assertTrue(result.errors().isEmpty(), () -> "errors: " + result.errors());
    Map<String, Object> points =
        at(result.response(), "data", "rateLimitInfo", "pointsAllowanceRateLimit");
    assertEquals(Map.of("limit", 50_000, "remainingPoints", 49_990, "usedPoints", 10,
        "ttl", (int) epoch("2026-01-01T11:00:00Z"), "isBlocked", false), points);
  }

  @Test
  void showsAnOrganisationsAllowance() {
    Result result = PolicyHarness.GENERATED.run(
        run.as(PolicyHarness.viewer("kraken|organization:7", ViewerType.ORGANIZATION)), INFO);
    assertEquals(100_000, (int) at(result.response(), "data", "rateLimitInfo",
        "pointsAllowanceRateLimit", "limit"));
  }

  @Test
  void pagesThroughEveryDocumentedFieldLimitByName() {
    Result result = PolicyHarness.GENERATED.run(run, INFO);
    Map<String, Object> connection =
        at(result.response(), "data", "rateLimitInfo", "fieldSpecificRateLimits");
    assertEquals(15, connection.get("totalCount"));
    assertEquals(2, connection.get("edgeCount"));
    assertEquals(true, at(connection, "pageInfo", "hasNextPage"));
    assertEquals(Map.of("field", "addressFields", "rate", "10/s",
        "ttl", (int) epoch("2026-01-01T10:00:01Z"), "isBlocked", false),
        at(connection, "edges", "0", "node"));
    assertEquals("bankDetailsValidation", at(connection, "edges", "1", "node", "field"));
  }

  @Test
  void showsAFieldBlockedAfterItsLimitWasPassed() {
    for (int i = 0; i < 6; i++) {
      PolicyHarness.GENERATED.run(run, "{ validateReferralCode(value: \"x\") { __typename } }");
    }
    Result result = PolicyHarness.GENERATED.run(run, """
        { rateLimitInfo { fieldSpecificRateLimits(last: 2) { edges { node {
            field rate ttl isBlocked } } } } }""");
    List<Map<String, Object>> edges = at(result.response(), "data", "rateLimitInfo",
        "fieldSpecificRateLimits", "edges");
    assertEquals(Map.of("field", "validateReferralCode", "rate", "5/m",
        "ttl", (int) epoch("2026-01-01T10:01:00Z"), "isBlocked", true), edges.get(0).get("node"));
    assertEquals("vehicleChargingPreferences", at(edges.get(1), "node", "field"));
  }

  @Test
  void isItselfLimitedToTenAMinutePerAddress() {
    String query = "{ rateLimitInfo { pointsAllowanceRateLimit { limit } } }";
    for (int i = 0; i < 10; i++) {
      assertTrue(PolicyHarness.GENERATED.run(run, query).errors().isEmpty());
    }
    assertEquals("KT-CT-1199", PolicyHarness.GENERATED.run(run, query).errorCode());
  }

  @Test
  void refusesAnInvalidCursor() {
    Result result = PolicyHarness.GENERATED.run(run,
        "{ rateLimitInfo { fieldSpecificRateLimits(after: \"nope\") { totalCount } } }");
    assertEquals(1, result.errors().size());
  }
}
