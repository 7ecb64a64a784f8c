/**
 * The command line: parses flags, fills {@link dev.krakenmock.server.config.MockServerConfig}
 * together with environment variables and system properties, and runs the server until the process
 * is stopped. The only package that writes to the console or exits the process; nothing depends on
 * it.
 */
@NullMarked
package dev.krakenmock.server.cli;

import org.jspecify.annotations.NullMarked;
