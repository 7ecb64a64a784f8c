package dev.krakenmock.server.engine;

import dev.krakenmock.server.engine.RateLimits.FieldLimitState;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers {@code rateLimitInfo} from the same counts {@link RateLimits} enforces, for the viewer
 * (or client address) of the request and its session:
 *
 * <pre>{@code
 * rateLimitInfo {
 *   pointsAllowanceRateLimit { limit remainingPoints usedPoints ttl isBlocked }
 *   fieldSpecificRateLimits(first: 10) { edges { node { field rate ttl isBlocked } } }
 * }
 * }</pre>
 *
 * <p>{@code ttl} is when the current window ends, in Unix seconds: the facts find one real sample
 * that reads as a timestamp, against mocks that use seconds remaining (unconfirmed, section 4).
 * {@code rate} is the step in force, as the reference writes it ({@code 5/m}). Every field with a
 * documented limit is listed, by name, whether used yet or not.
 */
final class RateLimitInfoQuery {

  static final String ROOT_COORDINATES = "Query.rateLimitInfo";
  static final String FIELDS_COORDINATES = "CombinedRateLimitInformation.fieldSpecificRateLimits";

  private final RateLimits limits;

  RateLimitInfoQuery(RateLimits limits) {
    this.limits = limits;
  }

  /** The explicit fetchers to register, keyed {@code Type.field}. */
  Map<String, DataFetcher<?>> fetchers() {
    Map<String, DataFetcher<?>> fetchers = new LinkedHashMap<>();
    fetchers.put(ROOT_COORDINATES, this::rateLimitInfo);
    fetchers.put(FIELDS_COORDINATES, this::fieldSpecificRateLimits);
    return fetchers;
  }

  private @Nullable Map<String, Object> rateLimitInfo(DataFetchingEnvironment environment) {
    @Nullable RequestScope scope = RequestScope.of(environment.getGraphQlContext());
    if (scope == null) {
      return null;
    }
    PointsAllowance.Snapshot allowance = limits.allowanceOf(scope);
    Map<String, Object> points = new LinkedHashMap<>();
    points.put("limit", allowance.limit());
    points.put("remainingPoints", clamp(allowance.remainingPoints()));
    points.put("usedPoints", clamp(allowance.usedPoints()));
    points.put("ttl", unixSeconds(allowance.resetsAt()));
    points.put("isBlocked", allowance.blocked());
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("pointsAllowanceRateLimit", points);
    return info;
  }

  private @Nullable Object fieldSpecificRateLimits(DataFetchingEnvironment environment) {
    @Nullable RequestScope scope = RequestScope.of(environment.getGraphQlContext());
    if (scope == null) {
      return null;
    }
    List<FieldLimitState> states = limits.fieldLimitsOf(scope);
    ConnectionSlice slice;
    try {
      slice = ConnectionSlice.of(states.size(), environment.getArgument("first"),
          environment.getArgument("last"), environment.getArgument("after"),
          environment.getArgument("before"));
    } catch (InvalidPaginationException e) {
      return DataFetcherResult.<Object>newResult()
          .error(GraphqlErrorBuilder.newError(environment).message(e.getMessage()).build())
          .build();
    }
    List<Map<String, Object>> edges = new ArrayList<>(slice.size());
    for (int offset = slice.start(); offset < slice.end(); offset++) {
      FieldLimitState state = states.get(offset);
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("field", state.field());
      node.put("rate", state.snapshot().step().toString());
      node.put("ttl", unixSeconds(state.snapshot().resetsAt()));
      node.put("isBlocked", state.snapshot().blocked());
      Map<String, Object> edge = new LinkedHashMap<>();
      edge.put("cursor", ConnectionSlice.cursorOf(offset));
      edge.put("node", node);
      edges.add(edge);
    }
    Map<String, Object> pageInfo = new LinkedHashMap<>();
    pageInfo.put("hasNextPage", slice.hasNextPage());
    pageInfo.put("hasPreviousPage", slice.hasPreviousPage());
    pageInfo.put("startCursor", slice.size() == 0 ? null : ConnectionSlice.cursorOf(slice.start()));
    pageInfo.put("endCursor", slice.size() == 0 ? null : ConnectionSlice.cursorOf(slice.end() - 1));
    Map<String, Object> connection = new LinkedHashMap<>();
    connection.put("edgeCount", slice.size());
    connection.put("totalCount", slice.total());
    connection.put("edges", edges);
    connection.put("pageInfo", pageInfo);
    return connection;
  }

  private static int unixSeconds(Instant instant) {
    return clamp(instant.getEpochSecond());
  }

  /** GraphQL's {@code Int} is 32 bits. */
  private static int clamp(long value) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
  }
}
