package dev.krakenmock.schema.reference;

import dev.krakenmock.schema.contract.ApiContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of the reference reader: the copy of the Queries reference kept in this module,
 * and the contract read from it.
 */
public final class QueriesReference {

  /** Classpath location of the project's copy of the Queries reference. */
  public static final String RESOURCE = "/dev/krakenmock/schema/queries-reference.txt";

  private QueriesReference() {}

  /** The text of the bundled reference. */
  public static String bundledText() {
    try (InputStream in = QueriesReference.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing bundled reference " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The contract of the bundled reference, read once per JVM: the model is immutable, and the
   * server's parts that need it share it instead of reading the document again at start-up.
   */
  public static ApiContract bundledContract() {
    return Bundled.CONTRACT;
  }

  /** Reads the bundled reference when first asked, by the JVM's lazy class initialisation. */
  private static final class Bundled {
    static final ApiContract CONTRACT = parse(bundledText());
  }

  /** Reads a reference document into its contract. */
  public static ApiContract parse(String document) {
    return new ApiContract(
        ReferenceDocParser.parse(document).stream().map(ReferenceToContract::operation).toList());
  }
}
