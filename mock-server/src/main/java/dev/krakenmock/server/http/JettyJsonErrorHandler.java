package dev.krakenmock.server.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * Answers the requests Jetty refuses before Javalin sees them, such as a header too large or a
 * malformed request line, with the same JSON error body as every other failure instead of Jetty's
 * HTML page. Only the status and its reason are told; causes stay in the log.
 */
final class JettyJsonErrorHandler extends ErrorHandler {

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      @Nullable String message,
      @Nullable Throwable cause,
      Callback callback) {
    String reason = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
    byte[] body = JsonResponder.errorBody(reason).getBytes(StandardCharsets.UTF_8);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, ResponseMediaType.JSON.contentType());
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
