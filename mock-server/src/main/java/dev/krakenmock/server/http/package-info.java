/**
 * The HTTP edge. {@link dev.krakenmock.server.http.JavalinHost} adapts Javalin to the server: it
 * owns the route table, turns HTTP requests into engine requests and every failure into a
 * GraphQL-shaped JSON error body. This is the only package of the server that sees Javalin.
 */
@NullMarked
package dev.krakenmock.server.http;

import org.jspecify.annotations.NullMarked;
