/**
 * The mock server's façade: {@link dev.krakenmock.server.MockServer} assembles the GraphQL engine
 * and the HTTP host from one {@link dev.krakenmock.server.config.MockServerConfig}, and is the only
 * type that callers such as the command line or in-process test harnesses need.
 */
@NullMarked
package dev.krakenmock.server;

import org.jspecify.annotations.NullMarked;
