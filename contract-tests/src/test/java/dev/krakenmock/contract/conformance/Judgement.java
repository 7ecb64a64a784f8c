package dev.krakenmock.contract.conformance;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The verdict on one response.
 *
 * @param departures what departs from the contract; empty when the response conforms
 * @param exercised whether the response carried data for the root field, so that its shape was
 *     checked (a response with documented errors only conforms but exercises nothing)
 * @param summary what the response was, in a few words
 */
public record Judgement(List<Departure> departures, boolean exercised, String summary) {

  public Judgement {
    departures = List.copyOf(departures);
  }

  public boolean conformant() {
    return departures.isEmpty();
  }

  /** The departures, one per line. */
  public String describe() {
    return departures.stream().map(Departure::toString).collect(Collectors.joining("\n"));
  }
}
