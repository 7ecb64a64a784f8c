package dev.krakenmock.server.engine;

import dev.krakenmock.server.auth.AccessTokenVerification;
import dev.krakenmock.server.auth.Viewer;
import dev.krakenmock.server.engine.MockValues.MockConnection;
import dev.krakenmock.server.engine.MockValues.MockEdge;
import dev.krakenmock.server.engine.MockValues.MockObject;
import dev.krakenmock.server.engine.MockValues.MockPageInfo;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.LightDataFetcher;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The one data fetcher of every field: answers from the {@link EntityGraph} for generated objects,
 * and from the page for connections, their edges and their {@code PageInfo}.
 */
final class GeneratedValueFetcher implements LightDataFetcher<Object> {

  private static final String VIEWER = "viewer";

  private final GraphqlEngine.Holder holder;
  private final CapturedIdentities.Recorder recorder;

  /** The holder gives the graph once the schema this fetcher is wired into exists. */
  GeneratedValueFetcher(GraphqlEngine.Holder holder, CapturedIdentities.Recorder recorder) {
    this.holder = holder;
    this.recorder = recorder;
  }

  /**
   * A plain field of a generated object (no arguments, not a connection) that no policy may fail
   * or warn about in this request, and whose answer need not be recorded for opaque fields (most
   * fields of most answers), is answered without graphql-java's environment: building it costs
   * more than the value. Anything else goes through {@link #get(DataFetchingEnvironment)}.
   */
  @Override
  public @Nullable Object get(GraphQLFieldDefinition definition, Object source,
      Supplier<DataFetchingEnvironment> environment) {
    if (source instanceof MockObject parent && isPlain(definition)) {
      RequestScope scope = RequestScope.executing();
      if (scope != null && !scope.mayRecordIdentityOf(definition.getName())
          && noPolicyMayApply(definition, scope)) {
        return java.util.Objects.requireNonNull(holder.graph, "graph")
            .fieldValue(parent, definition, java.util.Map.of());
      }
    }
    return get(environment.get());
  }

  private static boolean isPlain(GraphQLFieldDefinition definition) {
    return definition.getArguments().isEmpty()
        && !(GraphQLTypeUtil.unwrapAll(definition.getType()) instanceof GraphQLObjectType type
            && EntityGraph.isConnection(type));
  }

  private boolean noPolicyMayApply(GraphQLFieldDefinition definition, RequestScope scope) {
    for (FieldPolicy policy : holder.policies) {
      if (policy.mayApplyToPlainField(definition, scope)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public @Nullable Object get(DataFetchingEnvironment environment) {
    EntityGraph graph = java.util.Objects.requireNonNull(holder.graph, "graph");
    Object source = environment.getSource();
    String field = environment.getField().getName();
    if (source instanceof MockConnection connection) {
      Object value = connectionField(graph, connection, field);
      if (connection.nodes() != null && value instanceof List<?> edges) {
        recorder.record(environment, pinnedEdges(environment, connection, edges));
      }
      return value;
    }
    if (source instanceof MockEdge edge) {
      if (field.equals("cursor")) {
        return edge.cursor();
      }
      recorder.record(environment, edge.node());
      return edge.node();
    }
    if (source instanceof MockPageInfo pageInfo) {
      return pageInfoField(pageInfo.slice(), field);
    }
    if (source instanceof java.util.Map<?, ?> answered && answered.containsKey(field)) {
      return answered.get(field);
    }
    String parentType = ((GraphQLObjectType) environment.getParentType()).getName();
    RequestScope scope = RequestScope.of(environment.getGraphQlContext());
    if (scope != null && !holder.policies.isEmpty()) {
      FieldPolicy.FieldContext context = new FieldPolicy.FieldContext(environment, scope,
          source == null, environment.getFieldDefinition(), parentType);
      for (FieldPolicy policy : holder.policies) {
        java.util.Optional<RaisedError> raised = policy.check(context);
        if (raised.isPresent()) {
          return DataFetcherResult.newResult()
              .error(java.util.Objects.requireNonNull(holder.errors)
                  .onField(environment, raised.get()))
              .build();
        }
      }
    }
    MockObject parent = source instanceof MockObject object ? object
        : source == null ? EntityGraph.root(parentType)
        : MockObject.unkeyed(parentType,
            environment.getExecutionStepInfo().getPath().getParent().toString());
    try {
      Object value = graph.fieldValue(parent, environment.getFieldDefinition(),
          environment.getArguments());
      if (source == null && scope != null && VIEWER.equals(field)
          && value instanceof MockObject viewer) {
        value = loggedIn(viewer, scope,
            graph.pinsKey(parentType, field, environment.getArguments()));
      }
      recorder.record(environment, value);
      return value;
    } catch (InvalidPaginationException e) {
      RaisedError invalid = new RaisedError("KT-CT-1605", null,
          KrakenErrors.validation(e.getMessage(), List.of(e.argument())));
      return DataFetcherResult.newResult()
          .error(java.util.Objects.requireNonNull(holder.errors).onField(environment, invalid))
          .build();
    }
  }

  /**
   * The viewer of a request with a valid token is the person who logged in: the same for every
   * request with a token of that login, and with the email they logged in with.
   */
  private static MockObject loggedIn(MockObject viewer, RequestScope scope, boolean pinnedKey) {
    AccessTokenVerification credentials = scope.credentialsIfSent();
    if (credentials == null || !credentials.isValid()) {
      return viewer;
    }
    Viewer who = credentials.claims().orElseThrow().viewer();
    // Fixtures of the viewer stay; the login's email wins over them.
    java.util.Map<String, @Nullable Object> fixed = new java.util.LinkedHashMap<>(viewer.fixed());
    if (who.email() != null) {
      fixed.put("email", who.email());
    }
    if (!pinnedKey) {
      fixed.remove("id");
      fixed.remove("number");
    }
    return new MockObject(viewer.typeName(),
        pinnedKey ? viewer.identity() : viewer.typeName() + "#sub=" + who.subject(), fixed);
  }

  /**
   * The edges of a connection whose nodes a fixture gives, as objects holding each node's fixture
   * data: a node the engine answers outside graphql-java (an undocumented type) is generated
   * from it.
   */
  private static List<MockObject> pinnedEdges(DataFetchingEnvironment environment,
      MockConnection connection, List<?> edges) {
    String edgeType = graphql.schema.GraphQLTypeUtil.unwrapAll(environment.getFieldType())
        .getName();
    List<?> nodes = java.util.Objects.requireNonNull(connection.nodes());
    List<MockObject> pinned = new ArrayList<>(edges.size());
    int offset = connection.slice().start();
    for (Object edge : edges) {
      java.util.Map<String, @Nullable Object> fixed = new java.util.LinkedHashMap<>();
      fixed.put("node", offset < nodes.size() ? nodes.get(offset) : null);
      fixed.put("cursor", ((MockEdge) edge).cursor());
      pinned.add(new MockObject(edgeType, connection.identity() + "[" + offset + "]", fixed));
      offset++;
    }
    return pinned;
  }

  private static @Nullable Object connectionField(EntityGraph graph, MockConnection connection,
      String field) {
    ConnectionSlice slice = connection.slice();
    return switch (field) {
      case "totalCount" -> slice.total();
      case "edgeCount" -> slice.size();
      case "pageInfo" -> new MockPageInfo(slice);
      case "edges" -> {
        List<MockEdge> edges = new ArrayList<>(slice.size());
        for (int offset = slice.start(); offset < slice.end(); offset++) {
          edges.add(new MockEdge(ConnectionSlice.cursorOf(offset), graph.node(connection, offset)));
        }
        yield edges;
      }
      default -> null;
    };
  }

  private static @Nullable Object pageInfoField(ConnectionSlice slice, String field) {
    boolean empty = slice.size() == 0;
    return switch (field) {
      case "hasNextPage" -> slice.hasNextPage();
      case "hasPreviousPage" -> slice.hasPreviousPage();
      case "startCursor" -> empty ? null : ConnectionSlice.cursorOf(slice.start());
      case "endCursor" -> empty ? null : ConnectionSlice.cursorOf(slice.end() - 1);
      default -> null;
    };
  }
}
