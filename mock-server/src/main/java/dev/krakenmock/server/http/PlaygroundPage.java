package dev.krakenmock.server.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The playground a browser gets when it opens the GraphQL endpoint: one self-contained page of
 * HTML, CSS and JavaScript in the jar, so that it works offline and loads nothing from elsewhere.
 */
final class PlaygroundPage {

  private static final String RESOURCE = "playground.html";
  private static final String CONTENT_TYPE = "text/html;charset=utf-8";

  private final byte[] html;

  private PlaygroundPage(byte[] html) {
    this.html = html;
  }

  /** Reads the page once, so that a jar without it fails at start-up. */
  static PlaygroundPage fromClasspath() {
    try (InputStream page = PlaygroundPage.class.getResourceAsStream(RESOURCE)) {
      if (page == null) {
        throw new IllegalStateException("The playground page " + RESOURCE + " is not in the jar.");
      }
      return new PlaygroundPage(page.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the playground page " + RESOURCE, e);
    }
  }

  void serve(Context context) {
    context.status(HttpStatus.OK).contentType(CONTENT_TYPE).result(html);
  }
}
