package dev.krakenmock.server.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The scenario files of one folder: every {@code .json}, {@code .yaml} and {@code .yml} file in
 * it (not in sub-folders), except JSON Schemas ({@code *.schema.json}). Each file holds one
 * scenario whose id defaults to the file stem.
 */
final class ScenarioDirectory {

  private final Path folder;
  private final java.util.function.Supplier<ScenarioReader> reader;

  ScenarioDirectory(Path folder, java.util.function.Supplier<ScenarioReader> reader) {
    this.folder = folder;
    this.reader = reader;
  }

  Path folder() {
    return folder;
  }

  boolean exists() {
    return Files.isDirectory(folder);
  }

  /**
   * A checksum of every scenario file's content, by file name; equal results mean nothing to
   * reload. Contents rather than modification times, which some file systems keep to the second.
   */
  Map<String, Long> fingerprints() {
    Map<String, Long> fingerprints = new TreeMap<>();
    for (Path file : files()) {
      try {
        CRC32 checksum = new CRC32();
        byte[] content = Files.readAllBytes(file);
        checksum.update(content);
        long lengthAndChecksum = ((long) content.length << Integer.SIZE) ^ checksum.getValue();
        fingerprints.put(file.getFileName().toString(), lengthAndChecksum);
      } catch (NoSuchFileException e) {
        // Deleted since listed: the next scan sees it gone.
      } catch (IOException e) {
        fingerprints.put(file.getFileName().toString(), -1L);
      }
    }
    return fingerprints;
  }

  /** The scenario of one file, by its name in the folder. */
  FileResult read(String fileName) {
    Path file = folder.resolve(fileName);
    String source = fileName;
    ScenarioReader.Format format = ScenarioReader.Format.ofFileName(fileName).orElseThrow();
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      return FileResult.rejected(List.of(new LoadProblem(source, 0, 0, "not UTF-8 text")));
    } catch (IOException e) {
      return FileResult.rejected(
          List.of(new LoadProblem(source, 0, 0, "cannot be read: " + e.getMessage())));
    }
    try {
      return FileResult.loaded(reader.get().read(text, format, source, stem(fileName)));
    } catch (InvalidScenarioException e) {
      return FileResult.rejected(e.problems());
    }
  }

  private List<Path> files() {
    if (!exists()) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries
          .filter(Files::isRegularFile)
          .filter(file -> isScenarioFile(file.getFileName().toString()))
          .sorted()
          .toList();
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder, e);
    }
  }

  static boolean isScenarioFile(String fileName) {
    return ScenarioReader.Format.ofFileName(fileName).isPresent()
        && !fileName.endsWith(".schema.json")
        && !fileName.startsWith(".");
  }

  static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot <= 0 ? fileName : fileName.substring(0, dot);
  }

  /** One file's scenario, or why it was rejected. */
  record FileResult(Optional<Scenario> scenario, List<LoadProblem> problems) {
    FileResult {
      problems = List.copyOf(problems);
    }

    static FileResult loaded(Scenario scenario) {
      return new FileResult(Optional.of(scenario), List.of());
    }

    static FileResult rejected(List<LoadProblem> problems) {
      return new FileResult(Optional.empty(), problems);
    }
  }
}
