/** The command that regenerates the committed SDL and catalog from the bundled reference. */
package dev.krakenmock.schema.generator;
