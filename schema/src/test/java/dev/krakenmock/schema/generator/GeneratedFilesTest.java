package dev.krakenmock.schema.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed SDL and catalog are golden files: regenerating them from the bundled reference
 * must reproduce them byte for byte. When this fails after a deliberate change, regenerate with
 * {@code mvn -q -pl schema compile exec:java} and review the diff.
 */
class GeneratedFilesTest {

  private static final SchemaArtifacts REGENERATED = SchemaArtifacts.fromBundledReference();

  private static byte[] committed(String file) throws IOException {
    return Files.readAllBytes(SchemaGenerator.OUTPUT_DIRECTORY.resolve(file));
  }

  @Test
  void regeneratingReproducesTheCommittedSdl() throws IOException {
    assertEquals(new String(committed(SchemaGenerator.SDL_FILE), StandardCharsets.UTF_8),
        REGENERATED.sdl());
  }

  @Test
  void regeneratingReproducesTheCommittedCatalog() throws IOException {
    assertEquals(new String(committed(SchemaGenerator.CATALOG_FILE), StandardCharsets.UTF_8),
        REGENERATED.catalogJson());
  }

  @Test
  void theGeneratorWritesBothFilesWhereItIsTold(@TempDir Path directory) throws IOException {
    SchemaGenerator.main(new String[] {directory.toString()});
    assertEquals(REGENERATED.sdl(), Files.readString(directory.resolve(SchemaGenerator.SDL_FILE)));
    assertEquals(REGENERATED.catalogJson(),
        Files.readString(directory.resolve(SchemaGenerator.CATALOG_FILE)));
  }
}
