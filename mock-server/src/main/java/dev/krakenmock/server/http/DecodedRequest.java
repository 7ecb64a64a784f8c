package dev.krakenmock.server.http;

import dev.krakenmock.server.engine.GraphqlRequest;

/** The outcome of reading a GraphQL request from HTTP: either a request or why there is none. */
sealed interface DecodedRequest {

  /** The HTTP request carried a usable GraphQL request. */
  record Accepted(GraphqlRequest request) implements DecodedRequest {}

  /** The HTTP request could not be used; {@code message} tells the client what to fix. */
  record Rejected(String message) implements DecodedRequest {}
}
