package dev.krakenmock.schema.contract;

/**
 * A place where an operation's example contradicts its declared type (the reference's examples
 * are generated and some predate a type change). The schema follows the declared type.
 */
public record ExampleDiscrepancy(String operation, String problem) {}
