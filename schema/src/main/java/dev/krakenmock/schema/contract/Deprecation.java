package dev.krakenmock.schema.contract;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A deprecation notice from the reference.
 *
 * @param reason the notice's text, e.g. "The 'x' field is deprecated. Please use 'y' instead."
 * @param markedOn the day it was marked deprecated
 * @param removalOnOrAfter the earliest day of removal, when scheduled
 * @param announcement the announcement page, when linked
 */
public record Deprecation(
    String reason,
    Optional<LocalDate> markedOn,
    Optional<LocalDate> removalOnOrAfter,
    Optional<String> announcement) {

  public Deprecation {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(markedOn, "markedOn");
    Objects.requireNonNull(removalOnOrAfter, "removalOnOrAfter");
    Objects.requireNonNull(announcement, "announcement");
  }

  /** Whether the field may already be removed on the given day. */
  public boolean isPastRemoval(LocalDate today) {
    return removalOnOrAfter.map(day -> !today.isBefore(day)).orElse(false);
  }
}
