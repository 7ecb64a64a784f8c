/**
 * Server settings: the immutable {@link dev.krakenmock.server.config.MockServerConfig} and the
 * names under which system properties and environment variables override its defaults. This is the
 * innermost layer, so every other package may read it and it reads none of them.
 */
@NullMarked
package dev.krakenmock.server.config;

import org.jspecify.annotations.NullMarked;
