/**
 * Generated data: realistic leaf values chosen by field name and type, each a pure function of its
 * request. The fields of one entity share a person, an address and a company drawn from the
 * entity's seed; every other value comes from its own seed. Datafaker stays inside this package.
 */
@NullMarked
package dev.krakenmock.server.data;

import org.jspecify.annotations.NullMarked;
