/**
 * The HTTP edge, as GraphQL over HTTP specifies it. {@link dev.krakenmock.server.http.JavalinHost}
 * adapts Javalin to the server and owns the route table; {@code GraphqlEndpoint} turns HTTP
 * requests into engine requests, negotiating the response media type ({@code AcceptHeader}) and
 * refusing what is not a well-formed GraphQL-over-HTTP request; {@code CorsPolicy} lets browsers
 * in; and the playground page serves people who open the endpoint in a browser. Every failure, down
 * to those Jetty answers itself, becomes a GraphQL-shaped JSON error body. This is the only package
 * of the server that sees Javalin.
 */
@NullMarked
package dev.krakenmock.server.http;

import org.jspecify.annotations.NullMarked;
