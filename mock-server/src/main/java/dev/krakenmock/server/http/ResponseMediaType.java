package dev.krakenmock.server.http;

import io.javalin.http.HttpStatus;
import java.util.Map;

/**
 * The media types a GraphQL response can be written in, as GraphQL over HTTP defines them. They
 * carry the same JSON and differ in status codes: {@code application/json} answers every
 * well-formed request with {@code 200}, for clients that cannot trust other codes, while {@code
 * application/graphql-response+json} answers {@code 400} when the request was not executed.
 */
enum ResponseMediaType {
  GRAPHQL_RESPONSE_JSON("application", "graphql-response+json"),
  JSON("application", "json");

  private static final String DATA = "data";

  private final String type;
  private final String subtype;

  ResponseMediaType(String type, String subtype) {
    this.type = type;
    this.subtype = subtype;
  }

  String type() {
    return type;
  }

  String subtype() {
    return subtype;
  }

  /** {@code type/subtype}, without parameters. */
  String essence() {
    return type + "/" + subtype;
  }

  /** The {@code Content-Type} value, which always names the charset. */
  String contentType() {
    return essence() + ";charset=utf-8";
  }

  /**
   * The status of a GraphQL response. Without a {@code data} entry nothing was executed (the
   * document did not parse or validate, the variables did not coerce, or the operation was not
   * found), which only {@code application/graphql-response+json} may tell with a status code.
   */
  HttpStatus statusOf(Map<String, ?> response) {
    if (this == GRAPHQL_RESPONSE_JSON && !response.containsKey(DATA)) {
      return HttpStatus.BAD_REQUEST;
    }
    return HttpStatus.OK;
  }
}
