/**
 * Writes the inferred type system as SDL, and gives access to the committed SDL and catalog.
 */
@NullMarked
package dev.krakenmock.schema.sdl;

import org.jspecify.annotations.NullMarked;
