package dev.krakenmock.server.journal;

import java.util.List;
import java.util.Optional;

/** A journal that keeps nothing: {@code --journal-size 0}. */
public final class DisabledRequestJournal implements RequestJournal {

  @Override
  public boolean enabled() {
    return false;
  }

  @Override
  public long nextId() {
    return 0;
  }

  @Override
  public void record(JournalEntry entry) {
    // Nothing is kept: the journal is off.
  }

  @Override
  public List<JournalEntry> find(JournalFilter filter) {
    return List.of();
  }

  @Override
  public int count(JournalFilter filter) {
    return 0;
  }

  @Override
  public int clear(Optional<String> session) {
    return 0;
  }
}
