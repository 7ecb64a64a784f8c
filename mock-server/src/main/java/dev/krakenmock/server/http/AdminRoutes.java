package dev.krakenmock.server.http;

import dev.krakenmock.server.admin.AdminRequest;
import dev.krakenmock.server.admin.AdminResponse;
import dev.krakenmock.server.admin.AdminTask;
import dev.krakenmock.server.admin.ClearRequestsTask;
import dev.krakenmock.server.admin.CountRequestsTask;
import dev.krakenmock.server.admin.FindNearMissesTask;
import dev.krakenmock.server.admin.AddFixturesTask;
import dev.krakenmock.server.admin.ClearFixturesTask;
import dev.krakenmock.server.admin.GetStateTask;
import dev.krakenmock.server.admin.ListFixturesTask;
import dev.krakenmock.server.admin.ReloadFixturesTask;
import dev.krakenmock.server.admin.ListRequestsTask;
import dev.krakenmock.server.admin.ListScenariosTask;
import dev.krakenmock.server.admin.ListUnmatchedRequestsTask;
import dev.krakenmock.server.admin.LoadScenarioTask;
import dev.krakenmock.server.admin.ReloadScenariosTask;
import dev.krakenmock.server.admin.RemoveScenarioTask;
import dev.krakenmock.server.admin.ResetScenariosTask;
import dev.krakenmock.server.admin.SetScenarioActiveTask;
import dev.krakenmock.server.journal.DisabledRequestJournal;
import dev.krakenmock.server.journal.RequestJournal;
import dev.krakenmock.server.fixture.FixtureStore;
import dev.krakenmock.server.scenario.ScenarioStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The route table of the admin API under {@value #PREFIX}: which method and path runs which
 * {@link AdminTask}, and how its plain answer becomes JSON over HTTP. Scenario ids may contain
 * slashes (built-in ones read {@code <operation>/<code>}), so the id parameter takes them.
 */
public final class AdminRoutes {

  /** Where the admin API lives, as in WireMock. */
  public static final String PREFIX = "/__admin";

  // Marks requests the admin API answered, so that the host's 404 page leaves its 404s alone.
  private static final String ANSWERED = AdminRoutes.class.getName() + ".answered";

  private final List<Route> routes;
  private final RequestJournal journal;

  private AdminRoutes(List<Route> routes) {
    this(routes, new DisabledRequestJournal());
  }

  private AdminRoutes(List<Route> routes, RequestJournal journal) {
    this.routes = List.copyOf(routes);
    this.journal = journal;
  }

  /**
   * These routes and those of the request journal, whose near misses are explained against the
   * scenarios of {@code store}; the GraphQL endpoint of a host with these routes records into
   * {@code journal}.
   */
  public AdminRoutes withJournal(RequestJournal journal, ScenarioStore store) {
    List<Route> all = new java.util.ArrayList<>(routes);
    all.add(new Route(HandlerType.GET, PREFIX + "/requests", new ListRequestsTask(journal)));
    all.add(new Route(HandlerType.DELETE, PREFIX + "/requests", new ClearRequestsTask(journal)));
    all.add(new Route(HandlerType.POST, PREFIX + "/requests/count",
        new CountRequestsTask(journal)));
    all.add(new Route(HandlerType.GET, PREFIX + "/requests/unmatched",
        new ListUnmatchedRequestsTask(journal, store)));
    all.add(new Route(HandlerType.GET, PREFIX + "/near-misses",
        new FindNearMissesTask(journal, store)));
    return new AdminRoutes(all, journal);
  }

  /** The journal the GraphQL endpoint records into; a disabled one without journal routes. */
  RequestJournal journal() {
    return journal;
  }

  /** These routes and those of the fixtures of {@code store}. */
  public AdminRoutes withFixtures(FixtureStore store) {
    List<Route> all = new java.util.ArrayList<>(routes);
    all.add(new Route(HandlerType.GET, PREFIX + "/fixtures", new ListFixturesTask(store)));
    all.add(new Route(HandlerType.POST, PREFIX + "/fixtures", new AddFixturesTask(store)));
    all.add(new Route(HandlerType.DELETE, PREFIX + "/fixtures", new ClearFixturesTask(store)));
    all.add(new Route(HandlerType.POST, PREFIX + "/fixtures/reload",
        new ReloadFixturesTask(store)));
    return new AdminRoutes(all, journal);
  }

  /** The admin API over {@code store}. */
  public static AdminRoutes forStore(ScenarioStore store) {
    return new AdminRoutes(List.of(
        new Route(HandlerType.GET, PREFIX + "/scenarios", new ListScenariosTask(store)),
        new Route(HandlerType.POST, PREFIX + "/scenarios", new LoadScenarioTask(store)),
        new Route(HandlerType.POST, PREFIX + "/scenarios/reset", new ResetScenariosTask(store)),
        new Route(HandlerType.POST, PREFIX + "/scenarios/reload", new ReloadScenariosTask(store)),
        new Route(HandlerType.PUT, PREFIX + "/scenarios/<id>/active",
            new SetScenarioActiveTask(store)),
        new Route(HandlerType.DELETE, PREFIX + "/scenarios/<id>", new RemoveScenarioTask(store)),
        new Route(HandlerType.GET, PREFIX + "/state", new GetStateTask(store))));
  }

  /** No admin API: for hosts without scenarios. */
  public static AdminRoutes none() {
    return new AdminRoutes(List.of());
  }

  void register(RoutesConfig config, JsonResponder responder) {
    for (Route route : routes) {
      config.addHttpHandler(route.method(), route.path(),
          context -> answer(context, route.task(), responder));
    }
  }

  private static void answer(Context context, AdminTask task, JsonResponder responder) {
    Map<String, String> query = new LinkedHashMap<>();
    context.queryParamMap().forEach((name, values) -> {
      if (!values.isEmpty()) {
        query.put(name, values.get(0));
      }
    });
    AdminResponse response = task.execute(
        new AdminRequest(context.pathParamMap(), query, context.body()));
    context.attribute(ANSWERED, Boolean.TRUE);
    responder.respond(context, HttpStatus.forStatus(response.status()), response.body());
  }

  /** Whether the admin API answered this request, its 404s included. */
  static boolean answered(Context context) {
    return Boolean.TRUE.equals(context.attribute(ANSWERED));
  }

  private record Route(HandlerType method, String path, AdminTask task) {}
}
