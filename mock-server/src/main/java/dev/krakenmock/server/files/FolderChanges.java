package dev.krakenmock.server.files;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which files of a folder changed since they were read, told only once the change has settled:
 * when two polls in a row saw the folder the same, so that a file still being written is not
 * read half-way. Files are known by name and a fingerprint (size and time of change, say). Not
 * thread-safe: its owner guards it with the lock that guards what it read.
 */
public final class FolderChanges {

  private Map<String, Long> read = Map.of();
  private @Nullable Map<String, Long> pending;

  /** Takes every file of {@code scanned} as read now. */
  public void readAll(Map<String, Long> scanned) {
    read = Map.copyOf(scanned);
    pending = null;
  }

  /**
   * The files added, changed or removed since they were read, when {@code scanned} is the second
   * poll in a row to see the folder this way; they then count as read. Empty while the folder is
   * as read, or still changing.
   */
  public Set<String> settled(Map<String, Long> scanned) {
    if (scanned.equals(read)) {
      pending = null;
      return Set.of();
    }
    if (!scanned.equals(pending)) {
      pending = Map.copyOf(scanned);
      return Set.of();
    }
    Set<String> changed = new LinkedHashSet<>();
    read.keySet().stream().filter(name -> !scanned.containsKey(name)).forEach(changed::add);
    scanned.forEach((name, fingerprint) -> {
      if (!fingerprint.equals(read.get(name))) {
        changed.add(name);
      }
    });
    readAll(scanned);
    return changed;
  }
}
