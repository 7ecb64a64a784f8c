package dev.krakenmock.contract.conformance;

import java.util.Objects;

/**
 * One way the target departs from the contract, at a path: {@code Query.account(accountNumber:)},
 * {@code AccountType.balance}, {@code data.account.bills.edges[0].cursor}, {@code
 * errors[0].extensions.errorCode}.
 */
public record Departure(String path, String problem) {

  public Departure {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(problem, "problem");
  }

  @Override
  public String toString() {
    return path + ": " + problem;
  }
}
