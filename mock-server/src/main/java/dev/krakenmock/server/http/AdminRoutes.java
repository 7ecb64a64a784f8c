package dev.krakenmock.server.http;

import dev.krakenmock.server.admin.AdminRequest;
import dev.krakenmock.server.admin.AdminResponse;
import dev.krakenmock.server.admin.AdminTask;
import dev.krakenmock.server.admin.GetStateTask;
import dev.krakenmock.server.admin.ListScenariosTask;
import dev.krakenmock.server.admin.LoadScenarioTask;
import dev.krakenmock.server.admin.ReloadScenariosTask;
import dev.krakenmock.server.admin.RemoveScenarioTask;
import dev.krakenmock.server.admin.ResetScenariosTask;
import dev.krakenmock.server.admin.SetScenarioActiveTask;
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

  private AdminRoutes(List<Route> routes) {
    this.routes = List.copyOf(routes);
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
