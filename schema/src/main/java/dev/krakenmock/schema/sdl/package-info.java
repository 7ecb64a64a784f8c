/**
 * Writes the inferred type system as SDL, and gives access to the committed SDL and catalog.
 */
package dev.krakenmock.schema.sdl;
