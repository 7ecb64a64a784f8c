/**
 * The run's findings, operation by operation: conformant, non-conformant (why, with the offending
 * path) or not exercisable (why), written as {@code target/contract-report.md} when the run ends.
 */
@NullMarked
package dev.krakenmock.contract.report;

import org.jspecify.annotations.NullMarked;
