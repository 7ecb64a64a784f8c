package dev.krakenmock.server.http;

import dev.krakenmock.server.engine.GraphqlEngine;
import io.javalin.http.Context;

/**
 * The GraphQL endpoint, reached by {@code POST} with a JSON body and by {@code GET} with URL
 * parameters. Requests that cannot be read get {@code 400}; once a request is read, GraphQL syntax
 * and validation errors come back with {@code 200} and an {@code errors} array, as GraphQL over
 * HTTP specifies for {@code application/json}.
 */
final class GraphqlEndpoint {

  static final String PATH = "/v1/graphql/";
  static final String SHORT_PATH = "/graphql";

  private static final int OK = 200;

  private final GraphqlEngine engine;
  private final GraphqlRequestReader reader;
  private final JsonResponder responder;

  GraphqlEndpoint(GraphqlEngine engine, GraphqlRequestReader reader, JsonResponder responder) {
    this.engine = engine;
    this.reader = reader;
    this.responder = responder;
  }

  void handlePost(Context context) {
    answer(context, reader.fromJsonBody(context.body()));
  }

  void handleGet(Context context) {
    answer(
        context,
        reader.fromQueryParameters(
            context.queryParam(GraphqlRequestReader.QUERY),
            context.queryParam(GraphqlRequestReader.OPERATION_NAME),
            context.queryParam(GraphqlRequestReader.VARIABLES)));
  }

  private void answer(Context context, DecodedRequest decoded) {
    if (decoded instanceof DecodedRequest.Rejected rejected) {
      responder.respondWithError(context, JsonResponder.BAD_REQUEST, rejected.message());
      return;
    }
    DecodedRequest.Accepted accepted = (DecodedRequest.Accepted) decoded;
    responder.respond(context, OK, engine.execute(accepted.request()));
  }
}
