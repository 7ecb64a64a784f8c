/**
 * The contract as the suite reads it: the operations, types and error codes of the {@code schema}
 * module's model, with the questions the checks ask of them. It knows no server.
 */
@NullMarked
package dev.krakenmock.contract.model;

import org.jspecify.annotations.NullMarked;
