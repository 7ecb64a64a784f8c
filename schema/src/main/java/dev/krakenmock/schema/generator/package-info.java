/** The command that regenerates the committed SDL and catalog from the bundled reference. */
@NullMarked
package dev.krakenmock.schema.generator;

import org.jspecify.annotations.NullMarked;
