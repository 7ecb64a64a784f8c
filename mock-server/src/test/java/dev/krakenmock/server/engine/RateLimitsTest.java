package dev.krakenmock.server.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.schema.reference.QueriesReference;
import dev.krakenmock.server.auth.ViewerType;
import dev.krakenmock.server.engine.PolicyHarness.Result;
import dev.krakenmock.server.engine.PolicyHarness.Run;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reference's field-specific limits and the points allowance, per session and client. */
class RateLimitsTest {

  /** Documented as {@code Ip ['5/m']}. */
  private static final String REFERRAL = "{ validateReferralCode(value: \"x\") { __typename } }";

  /** Documented as {@code User ['5/m']}. */
  private static final String DISPATCHES =
      "{ flexPlannedDispatches(deviceId: \"d\") { __typename } }";

  private final MutableClock clock = new MutableClock("2026-01-01T10:00:00Z");
  private final RateLimits limits =
      new RateLimits(QueriesReference.bundledContract(), clock, true);

  private int answered(Run run, String query, int times) {
    int answered = 0;
    for (int i = 0; i < times; i++) {
      if (PolicyHarness.GENERATED.run(run, query).errors().isEmpty()) {
        answered++;
      }
    }
    return answered;
  }

  @Test
  void refusesTheRequestOverAnIpLimitWithKtCt1199() {
    Run run = Run.of(limits);
    assertEquals(5, answered(run, REFERRAL, 5));
    Result refused = PolicyHarness.GENERATED.run(run, REFERRAL);
    assertEquals("KT-CT-1199", refused.errorCode());
    assertEquals("Too many requests.", refused.errors().get(0).get("message"));
    assertEquals(List.of("validateReferralCode"), refused.errors().get(0).get("path"));
    clock.advance(Duration.ofMinutes(1));
    assertEquals(1, answered(run, REFERRAL, 1));
  }

  @Test
  void countsEachClientAddressApart() {
    Run first = Run.of(limits).withHeaders(Map.of("X-Forwarded-For", "1.1.1.1, 10.0.0.1"));
    Run second = Run.of(limits).withHeaders(Map.of("X-Forwarded-For", "2.2.2.2"));
    Run seen = Run.of(limits).withHeaders(Map.of(RateLimits.CLIENT_ADDRESS, "1.1.1.1"));
    assertEquals(5, answered(first, REFERRAL, 6));
    assertEquals(5, answered(second, REFERRAL, 6));
    assertEquals(0, answered(seen, REFERRAL, 1));
    assertEquals(5, answered(Run.of(limits), REFERRAL, 6));
  }

  @Test
  void countsEachSessionApart() {
    Run one = Run.of(limits).withHeaders(Map.of(GraphqlEngine.SESSION_HEADER, "one"));
    Run two = Run.of(limits).withHeaders(Map.of(GraphqlEngine.SESSION_HEADER, "two"));
    assertEquals(5, answered(one, REFERRAL, 6));
    assertEquals(5, answered(two, REFERRAL, 6));
  }

  @Test
  void countsUserLimitsByTheTokensSubject() {
    Run ada = Run.of(limits).as(PolicyHarness.viewer("kraken|account-user:1", ViewerType.CUSTOMER));
    Run bob = Run.of(limits).as(PolicyHarness.viewer("kraken|account-user:2", ViewerType.CUSTOMER));
    assertEquals(5, answered(ada, DISPATCHES, 6));
    assertEquals(5, answered(bob, DISPATCHES, 6));
    assertEquals(5, answered(Run.of(limits), DISPATCHES, 6));
  }

  @Test
  void leavesFieldsWithoutDocumentedLimitsAlone() {
    assertEquals(50, answered(Run.of(limits), "{ account(accountNumber: \"A\") { number } }", 50));
  }

  @Test
  void refusesNothingWhenNotEnforced() {
    RateLimits counting = new RateLimits(QueriesReference.bundledContract(), clock, false);
    assertEquals(20, answered(Run.of(counting), REFERRAL, 20));
  }

  @Test
  void chargesThePointsAllowanceOfAnAccountUserAndBlocksWhenItIsSpent() {
    RequestScope scope = PolicyHarness.scope(GraphqlRequest.ofQuery("{ x }"),
        PolicyHarness.viewer("kraken|account-user:1", ViewerType.CUSTOMER));
    assertTrue(limits.charge(scope, 49_999).isEmpty());
    assertEquals("KT-CT-1199", limits.charge(scope, 2).orElseThrow().code());
    assertTrue(limits.allowanceOf(scope).blocked());
    clock.advance(Duration.ofHours(1));
    assertTrue(limits.charge(scope, 2).isEmpty());
  }

  @Test
  void givesOrganisationsTwiceTheAllowance() {
    RequestScope scope = PolicyHarness.scope(GraphqlRequest.ofQuery("{ x }"),
        PolicyHarness.viewer("kraken|organization:1", ViewerType.ORGANIZATION));
    assertEquals(RateLimits.ORGANIZATION_ALLOWANCE, limits.allowanceOf(scope).limit());
    assertTrue(limits.charge(scope, 99_000).isEmpty());
  }

  @Test
  void onlyCountsPointsWhenNotEnforced() {
    RateLimits counting = new RateLimits(QueriesReference.bundledContract(), clock, false);
    RequestScope scope = PolicyHarness.scope(GraphqlRequest.ofQuery("{ x }"),
        PolicyHarness.anonymous());
    assertTrue(counting.charge(scope, 60_000).isEmpty());
    assertEquals(60_000, counting.allowanceOf(scope).usedPoints());
    assertEquals(0, counting.allowanceOf(scope).remainingPoints());
  }

  @Test
  void forgetsASessionsCountsOnReset() {
    Run run = Run.of(limits);
    assertEquals(5, answered(run, REFERRAL, 6));
    limits.reset("default");
    assertEquals(5, answered(run, REFERRAL, 6));
  }

  @Test
  void knowsTheClientByTheFirstForwardedAddressThenTheSeenOneThenAsLocal() {
    assertEquals("1.1.1.1", RateLimits.address(PolicyHarness.scope(GraphqlRequest.ofQuery("{ x }")
        .withHeaders(Map.of("X-Forwarded-For", " 1.1.1.1 ,2.2.2.2", "x-mock-client-ip", "3.3.3.3")),
        PolicyHarness.anonymous())));
    assertEquals("3.3.3.3", RateLimits.address(PolicyHarness.scope(GraphqlRequest.ofQuery("{ x }")
        .withHeaders(Map.of("x-mock-client-ip", "3.3.3.3")), PolicyHarness.anonymous())));
    assertEquals("local", RateLimits.address(
        PolicyHarness.scope(GraphqlRequest.ofQuery("{ x }"), PolicyHarness.anonymous())));
  }
}
