package dev.krakenmock.contract.report;

/**
 * The verdict on one operation, with the checks that ran and why it is what it is.
 *
 * @param operation the operation's name
 * @param verdict conformant, non-conformant or not exercisable
 * @param checks the checks that ran, e.g. {@code schema, example, 1/1 errors, 2 generated}
 * @param why the departures with their paths, or why the operation was not exercised; empty when
 *     conformant
 */
public record OperationVerdict(String operation, Verdict verdict, String checks, String why) {}
