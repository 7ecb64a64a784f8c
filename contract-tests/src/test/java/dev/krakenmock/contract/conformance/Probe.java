package dev.krakenmock.contract.conformance;

import dev.krakenmock.contract.document.QueryDocument;
import dev.krakenmock.contract.support.GraphqlResponse;

/** One query sent to the target: the document, what came back, and the verdict on it. */
public record Probe(QueryDocument document, GraphqlResponse response, Judgement judgement) {

  private static final int BODY_SHOWN = 2000;

  /** The departures, and what it takes to reproduce them: the query, variables and answer. */
  public String failureMessage() {
    return document.operation()
        + " departs from the contract:\n"
        + judgement.describe()
        + "\n\n"
        + document.reproduction()
        + "\n\nHTTP "
        + response.status()
        + ": "
        + ResponseJudge.abbreviated(response.body(), BODY_SHOWN);
  }
}
