package dev.krakenmock.schema.sdl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The generated artifacts committed with the schema module: the SDL of the query side and the
 * machine-readable catalog, both produced from the Queries reference by {@code SchemaGenerator}.
 */
public final class GeneratedSchema {

  /** Classpath location of the generated SDL. */
  public static final String SDL_RESOURCE = "/dev/krakenmock/schema/kraken.graphqls";

  /** Classpath location of the generated catalog (operations, errors, limits, deprecations). */
  public static final String CATALOG_RESOURCE = "/dev/krakenmock/schema/kraken-contract.json";

  private GeneratedSchema() {}

  /** The committed SDL text. */
  public static String sdl() {
    return read(SDL_RESOURCE);
  }

  /** The committed catalog, as JSON text. */
  public static String catalogJson() {
    return read(CATALOG_RESOURCE);
  }

  private static String read(String resource) {
    try (InputStream in = GeneratedSchema.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing generated resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
