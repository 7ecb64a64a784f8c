/**
 * The catalogue of Kraken error codes: the reference's codes and the platform's global ones,
 * each with its message, type and description, and what was inferred where the facts are silent.
 */
@NullMarked
package dev.krakenmock.schema.errors;

import org.jspecify.annotations.NullMarked;
