/**
 * Reads the Queries reference, a line-oriented text document, into the contract model. The
 * parser splits the document by operation, then reads each part (errors, permissions, rate
 * limits, deprecation, arguments, example) with its own small rule; what the document lost (the
 * argument names, the viewer ticks) is recorded as unknown.
 */
@NullMarked
package dev.krakenmock.schema.reference;

import org.jspecify.annotations.NullMarked;
