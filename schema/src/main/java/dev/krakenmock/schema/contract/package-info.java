/**
 * The contract model: the operations of the Kraken query API as its reference documents them
 * ({@link dev.krakenmock.schema.contract.ApiContract}), and the type system inferred from them
 * ({@link dev.krakenmock.schema.contract.TypeSystem}). Immutable values that use the JDK only, so
 * that every other part of kraken-mock can depend on them.
 */
@NullMarked
package dev.krakenmock.schema.contract;

import org.jspecify.annotations.NullMarked;
