/**
 * Generated data: realistic leaf values chosen by field name and type, each a pure function of
 * its own seed. Datafaker stays inside this package.
 */
@NullMarked
package dev.krakenmock.server.data;

import org.jspecify.annotations.NullMarked;
