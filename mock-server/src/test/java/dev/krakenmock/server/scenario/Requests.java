package dev.krakenmock.server.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Request facts for tests, built like the engine builds them. */
final class Requests {

  private String session = RequestFacts.DEFAULT_SESSION;
  private @Nullable String operationName;
  private final List<String> rootFields = new java.util.ArrayList<>();
  private final Map<String, Map<String, @Nullable Object>> arguments = new LinkedHashMap<>();
  private final Map<String, @Nullable Object> variables = new LinkedHashMap<>();
  private final Map<String, String> headers = new LinkedHashMap<>();

  private Requests() {}

  /** A request selecting {@code rootField}, with no arguments. */
  static Requests selecting(String rootField) {
    Requests request = new Requests();
    request.rootFields.add(rootField);
    request.arguments.put(rootField, new LinkedHashMap<>());
    return request;
  }

  Requests and(String rootField) {
    rootFields.add(rootField);
    arguments.putIfAbsent(rootField, new LinkedHashMap<>());
    return this;
  }

  Requests argument(String name, @Nullable Object value) {
    arguments.get(rootFields.get(rootFields.size() - 1)).put(name, value);
    return this;
  }

  Requests variable(String name, @Nullable Object value) {
    variables.put(name, value);
    return this;
  }

  Requests operation(String name) {
    operationName = name;
    return this;
  }

  Requests session(String name) {
    session = name;
    return this;
  }

  Requests header(String name, String value) {
    headers.put(name.toLowerCase(Locale.ROOT), value);
    return this;
  }

  RequestFacts facts() {
    return new RequestFacts(session, operationName, rootFields, arguments, variables, headers);
  }
}
