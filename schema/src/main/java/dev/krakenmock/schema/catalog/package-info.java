/**
 * Writes the machine-readable catalog of the contract (JSON, with Jackson), for tools and for the
 * mock server's error scenarios and limits.
 */
@NullMarked
package dev.krakenmock.schema.catalog;

import org.jspecify.annotations.NullMarked;
