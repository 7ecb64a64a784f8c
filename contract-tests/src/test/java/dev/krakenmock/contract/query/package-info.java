/**
 * Contract tests of the query side of the API, starting with what introspection must reveal. They
 * talk HTTP only, so they judge the mock and the real Kraken API alike.
 */
@NullMarked
package dev.krakenmock.contract.query;

import org.jspecify.annotations.NullMarked;
