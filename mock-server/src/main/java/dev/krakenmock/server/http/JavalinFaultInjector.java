package dev.krakenmock.server.http;

import dev.krakenmock.server.scenario.HttpFault;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out the HTTP faults scenarios ask for: a status with a short JSON body (and {@code
 * Retry-After} when given), the status with an empty body, a body that is not JSON, or a
 * connection closed half-way through the response.
 */
final class JavalinFaultInjector {

  private static final Logger LOG = LoggerFactory.getLogger(JavalinFaultInjector.class);
  static final String MALFORMED_BODY = "{\"data\": {\"scripted\": \"malformed";
  static final String PARTIAL_BODY = "{\"data\": {\"account\": {\"number\": \"A-";

  void carryOut(Context context, ResponseMediaType mediaType, HttpFault fault) {
    HttpStatus status = HttpStatus.forStatus(fault.status());
    context.status(status);
    fault.retryAfter().ifPresent(after ->
        context.header("Retry-After", String.valueOf(Math.max(0, after.toSeconds()))));
    switch (fault.kind()) {
      case STATUS -> context.contentType(mediaType.contentType()).result(JsonResponder.errorBody(
          "Scripted fault: HTTP " + fault.status() + "."));
      case EMPTY_BODY -> context.result(new byte[0]);
      case MALFORMED_BODY -> context.contentType(mediaType.contentType()).result(MALFORMED_BODY);
      case CONNECTION_CLOSED -> closeMidResponse(context, mediaType);
    }
  }

  /** Sends the headers and the start of a body, then drops the connection. */
  private static void closeMidResponse(Context context, ResponseMediaType mediaType) {
    context.contentType(mediaType.contentType());
    context.res().setHeader("Content-Length", "4096");
    try {
      OutputStream out = context.res().getOutputStream();
      out.write(PARTIAL_BODY.getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      LOG.debug("Client went away before the scripted connection close", e);
    }
    ServletContextRequest request = ServletContextRequest.getServletContextRequest(context.req());
    if (request != null) {
      request.getConnectionMetaData().getConnection().getEndPoint().close();
    }
  }
}
