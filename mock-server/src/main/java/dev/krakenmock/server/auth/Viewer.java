package dev.krakenmock.server.auth;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The identity behind a token, kept unchanged when the token is refreshed.
 *
 * @param subject the {@code sub} claim, e.g. {@code kraken|account-user:3235447}
 * @param email the viewer's email; {@code null} for organisations, which have none
 * @param type whether the viewer is a customer or an organisation
 * @param permissions what the viewer may do; {@code *} means everything
 */
public record Viewer(
    String subject, @Nullable String email, ViewerType type, List<String> permissions) {

  public Viewer {
    if (subject.isBlank()) {
      throw new IllegalArgumentException("subject must not be blank");
    }
    permissions = List.copyOf(permissions);
  }
}
