/**
 * Contract tests of the query side: the schema through introspection, every documented example, and
 * seeded generated queries. They talk HTTP only, so they judge the mock and the real Kraken API
 * alike.
 */
@NullMarked
package dev.krakenmock.contract.query;

import org.jspecify.annotations.NullMarked;
