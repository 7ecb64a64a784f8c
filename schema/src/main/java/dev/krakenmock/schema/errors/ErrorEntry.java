package dev.krakenmock.schema.errors;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One Kraken error code as the mock answers it: the envelope's {@code message}, and the {@code
 * errorType} and {@code errorDescription} of its {@code extensions}.
 *
 * @param code the stable code, e.g. {@code KT-CT-4178}
 * @param message the short message
 * @param errorType {@code AUTHORIZATION}, {@code NOT_FOUND}, {@code VALIDATION}, {@code
 *     APPLICATION} or {@code SERVICE_AVAILABILITY}
 * @param description the longer explanation, possibly empty (Kraken leaves some empty)
 * @param known which of the three came from a source rather than being inferred
 * @param source the page the facts came from, when known
 * @param operations the operations whose reference lists the code
 */
public record ErrorEntry(
    String code,
    String message,
    String errorType,
    String description,
    Provenance known,
    Optional<String> source,
    List<String> operations) {

  public ErrorEntry {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(errorType, "errorType");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(known, "known");
    operations = List.copyOf(operations);
  }

  /** Whether the code is raised by the platform for any operation (auth, limits, faults). */
  public boolean isGlobal() {
    return operations.isEmpty();
  }

  /** Which parts of an entry come from a source; the others were inferred from its message. */
  public record Provenance(boolean message, boolean errorType, boolean description) {

    public boolean anyInferred() {
      return !(message && errorType && description);
    }
  }
}
