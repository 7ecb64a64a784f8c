package dev.krakenmock.schema.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Regenerates the committed SDL and catalog from the bundled reference. Run from the schema
 * module's directory: {@code mvn -q -pl schema compile exec:java}.
 */
public final class SchemaGenerator {

  /** Where the generated files live, relative to the schema module. */
  public static final Path OUTPUT_DIRECTORY = Path.of("src/main/resources/dev/krakenmock/schema");

  public static final String SDL_FILE = "kraken.graphqls";
  public static final String CATALOG_FILE = "kraken-contract.json";

  private SchemaGenerator() {}

  public static void main(String[] args) throws IOException {
    Path directory = args.length > 0 ? Path.of(args[0]) : OUTPUT_DIRECTORY;
    SchemaArtifacts artifacts = SchemaArtifacts.fromBundledReference();
    Files.createDirectories(directory);
    Files.writeString(directory.resolve(SDL_FILE), artifacts.sdl(), StandardCharsets.UTF_8);
    Files.writeString(
        directory.resolve(CATALOG_FILE), artifacts.catalogJson(), StandardCharsets.UTF_8);
    System.out.println("Wrote " + directory.resolve(SDL_FILE) + " and "
        + directory.resolve(CATALOG_FILE));
  }
}
