package dev.krakenmock.server.admin;

import dev.krakenmock.server.scenario.LoadProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An admin API answer: an HTTP status and a body of plain values (maps, lists, strings, numbers,
 * booleans) ready to be written as JSON. Errors have the server's usual shape, {@code
 * {"errors":[{"message":...}]}}.
 */
public record AdminResponse(int status, Object body) {

  public static final int OK = 200;
  public static final int CREATED = 201;
  public static final int BAD_REQUEST = 400;
  public static final int NOT_FOUND = 404;
  public static final int CONFLICT = 409;

  public AdminResponse {
    Objects.requireNonNull(body, "body");
  }

  public static AdminResponse ok(Object body) {
    return new AdminResponse(OK, body);
  }

  public static AdminResponse created(Object body) {
    return new AdminResponse(CREATED, body);
  }

  public static AdminResponse error(int status, String message) {
    return new AdminResponse(status, Map.of("errors", List.of(Map.of("message", message))));
  }

  /** A 400 listing what is wrong with a scenario, each problem with its line and column. */
  public static AdminResponse invalid(List<LoadProblem> problems) {
    List<Map<String, Object>> errors = new ArrayList<>();
    for (LoadProblem problem : problems) {
      errors.add(AdminJson.problem(problem));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("errors", errors);
    return new AdminResponse(BAD_REQUEST, body);
  }
}
