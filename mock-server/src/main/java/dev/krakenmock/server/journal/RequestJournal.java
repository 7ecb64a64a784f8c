package dev.krakenmock.server.journal;

import java.util.List;
import java.util.Optional;

/**
 * The requests a server received, per session and bounded. Implementations are thread-safe and
 * cheap to {@link #record} into, since every request is recorded.
 */
public interface RequestJournal {

  /** Whether entries are kept at all; when false, callers need not build them. */
  boolean enabled();

  /** The id of the next entry, increasing. */
  long nextId();

  /** Keeps an entry, dropping its session's oldest when the session is full. */
  void record(JournalEntry entry);

  /** The entries {@code filter} matches, newest first, at most its limit. */
  List<JournalEntry> find(JournalFilter filter);

  /** How many entries {@code filter} matches, its limit ignored. */
  int count(JournalFilter filter);

  /**
   * Forgets the entries of one session, or of every session when empty.
   *
   * @return how many entries were forgotten
   */
  int clear(Optional<String> session);
}
