package dev.krakenmock.schema.contract;

import java.util.List;

/**
 * The reference's "Allowed Viewers" table. Its rows name the viewer types, but the ticks of the
 * "Allowed?" column were lost when the document was produced, so whether each type is allowed is
 * recorded as unknown rather than guessed.
 *
 * @param viewerTypes the viewer types the table lists
 * @param allowed what the document says about access; always {@link Knowledge#UNKNOWN} for now
 */
public record ViewerAccess(List<String> viewerTypes, Knowledge allowed) {

  /** How much the document tells. */
  public enum Knowledge {
    UNKNOWN
  }

  public ViewerAccess {
    viewerTypes = List.copyOf(viewerTypes);
  }
}
