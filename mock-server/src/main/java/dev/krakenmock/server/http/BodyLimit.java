package dev.krakenmock.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads request bodies up to {@code maxBodyBytes}. A declared {@code Content-Length} over the limit
 * is refused before anything is read; a body of unknown length is read no further than one byte
 * past the limit.
 */
final class BodyLimit {

  private final int maxBytes;

  BodyLimit(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  int maxBytes() {
    return maxBytes;
  }

  /** The body, or empty when it is larger than the limit. */
  Optional<byte[]> read(Context context) throws IOException {
    if (context.req().getContentLengthLong() > maxBytes) {
      return Optional.empty();
    }
    try (InputStream body = context.req().getInputStream()) {
      byte[] bytes = body.readNBytes(maxBytes + 1);
      return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
    }
  }
}
