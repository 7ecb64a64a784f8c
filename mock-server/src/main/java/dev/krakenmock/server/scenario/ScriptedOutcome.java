package dev.krakenmock.server.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a scenario declares for the requests it applies to; {@link Outcome} is what one request
 * gets once the delay is picked and every applying scenario is combined.
 *
 * @param failures fields to fail with Kraken errors
 * @param payloads fixed data by root response key
 * @param delay how long to wait
 * @param fault an HTTP-level failure instead of an answer
 */
public record ScriptedOutcome(List<FieldFailure> failures, Map<String, Object> payloads,
    Delay delay, Optional<HttpFault> fault) {

  public ScriptedOutcome {
    failures = List.copyOf(failures);
    payloads = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(payloads));
  }

  /** Fails one field with one code. */
  public static ScriptedOutcome failing(FieldFailure failure) {
    return new ScriptedOutcome(List.of(failure), Map.of(), Delay.NONE, Optional.empty());
  }

  /** The outcome as written in a scenario file, for the admin API. */
  Map<String, Object> describe() {
    Map<String, Object> described = new LinkedHashMap<>();
    if (!failures.isEmpty()) {
      List<Map<String, Object>> errors = new ArrayList<>();
      for (FieldFailure failure : failures) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("path", failure.path());
        error.put("code", failure.code());
        if (failure.message() != null) {
          error.put("message", failure.message());
        }
        if (!failure.extensions().isEmpty()) {
          error.put("extensions", failure.extensions());
        }
        errors.add(error);
      }
      described.put("errors", errors);
    }
    if (!payloads.isEmpty()) {
      described.put("data", payloads);
    }
    if (!delay.equals(Delay.NONE)) {
      described.put("delay", delay.describe());
    }
    fault.ifPresent(value -> {
      Map<String, Object> fault = new LinkedHashMap<>();
      fault.put("kind", value.kind().name());
      fault.put("status", value.status());
      value.retryAfter().ifPresent(after -> fault.put("retryAfterSeconds", after.toSeconds()));
      described.put("fault", fault);
    });
    return described;
  }
}
