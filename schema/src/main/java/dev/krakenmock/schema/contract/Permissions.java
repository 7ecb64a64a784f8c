package dev.krakenmock.schema.contract;

import java.util.List;

/**
 * The "Required Permissions" of an operation. The reference writes alternatives one per line, each
 * after the first prefixed with {@code OR}; {@code (No)} means that no permission is required.
 *
 * @param status whether the reference states permissions for the operation
 * @param anyOf the alternatives: holding any one of them is enough
 */
public record Permissions(Status status, List<String> anyOf) {

  /** What the reference says about the operation's permissions. */
  public enum Status {
    /** The operation lists one or more alternative permissions. */
    REQUIRED,
    /** The reference says "(No)": no permission is required. */
    NONE_REQUIRED,
    /** The reference has no "Required Permissions" section for the operation. */
    NOT_DOCUMENTED
  }

  public Permissions {
    anyOf = List.copyOf(anyOf);
    if ((status == Status.REQUIRED) == anyOf.isEmpty()) {
      throw new IllegalArgumentException("Permissions " + status + " with alternatives " + anyOf);
    }
  }

  public static Permissions required(List<String> anyOf) {
    return new Permissions(Status.REQUIRED, anyOf);
  }

  public static Permissions noneRequired() {
    return new Permissions(Status.NONE_REQUIRED, List.of());
  }

  public static Permissions notDocumented() {
    return new Permissions(Status.NOT_DOCUMENTED, List.of());
  }
}
