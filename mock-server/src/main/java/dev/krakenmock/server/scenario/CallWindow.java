package dev.krakenmock.server.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Which of a session's matching calls a scenario applies to, counting from 1: the first
 * {@code times}, only call {@code onCall}, calls from {@code fromCall} on; every condition given
 * must hold.
 */
public record CallWindow(OptionalInt times, OptionalInt onCall, OptionalInt fromCall) {

  /** Every call. */
  public static final CallWindow ALWAYS =
      new CallWindow(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty());

  public CallWindow {
    requirePositive("times", times);
    requirePositive("onCall", onCall);
    requirePositive("fromCall", fromCall);
  }

  private static void requirePositive(String name, OptionalInt value) {
    if (value.isPresent() && value.getAsInt() < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + value.getAsInt());
    }
  }

  /** Whether the scenario applies to the {@code call}th matching call (1 is the first). */
  public boolean includes(int call) {
    return (times.isEmpty() || call <= times.getAsInt())
        && (onCall.isEmpty() || call == onCall.getAsInt())
        && (fromCall.isEmpty() || call >= fromCall.getAsInt());
  }

  /** Whether the window depends on the call count at all. */
  public boolean counts() {
    return times.isPresent() || onCall.isPresent() || fromCall.isPresent();
  }

  Map<String, Object> describe() {
    Map<String, Object> described = new LinkedHashMap<>();
    times.ifPresent(value -> described.put("times", value));
    onCall.ifPresent(value -> described.put("onCall", value));
    fromCall.ifPresent(value -> described.put("fromCall", value));
    return described;
  }
}
