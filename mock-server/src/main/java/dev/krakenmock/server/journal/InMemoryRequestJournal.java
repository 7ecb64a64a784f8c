package dev.krakenmock.server.journal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The journal in memory: for each session a ring of its latest {@code capacity} entries, for at
 * most {@code maxSessions} sessions (the one written to least recently is dropped for a new one).
 *
 * <p>Recording takes no lock: an entry goes into the next slot of its session's ring. Reading
 * copies the rings and orders the copy by id, so a reader sees each entry once even while
 * writers overtake one another.
 */
public final class InMemoryRequestJournal implements RequestJournal {

  /** Entries kept per session unless told otherwise. */
  public static final int DEFAULT_CAPACITY = 1_000;

  /** Sessions kept unless told otherwise. */
  public static final int DEFAULT_MAX_SESSIONS = 100;

  private static final Comparator<JournalEntry> NEWEST_FIRST =
      Comparator.comparingLong(JournalEntry::id).reversed();

  private final int capacity;
  private final int maxSessions;
  private final AtomicLong ids = new AtomicLong();
  private final Map<String, SessionRing> sessions = new ConcurrentHashMap<>();

  public InMemoryRequestJournal(int capacity, int maxSessions) {
    if (capacity < 1 || maxSessions < 1) {
      throw new IllegalArgumentException("A journal keeps at least one entry of one session;"
          + " capacity was " + capacity + ", sessions " + maxSessions);
    }
    this.capacity = capacity;
    this.maxSessions = maxSessions;
  }

  /**
   * The journal for {@code capacity} entries per session (the default 100 sessions), or a
   * disabled one when {@code capacity} is 0.
   */
  public static RequestJournal ofSize(int capacity) {
    return capacity == 0 ? new DisabledRequestJournal()
        : new InMemoryRequestJournal(capacity, DEFAULT_MAX_SESSIONS);
  }

  @Override
  public boolean enabled() {
    return true;
  }

  @Override
  public long nextId() {
    return ids.incrementAndGet();
  }

  @Override
  public void record(JournalEntry entry) {
    SessionRing ring = sessions.get(entry.session());
    if (ring == null) {
      ring = sessions.computeIfAbsent(entry.session(), name -> new SessionRing(capacity));
      if (sessions.size() > maxSessions) {
        dropLeastRecentlyUsed(entry.session());
      }
    }
    ring.add(entry);
  }

  private void dropLeastRecentlyUsed(String keep) {
    String oldest = null;
    long oldestUse = Long.MAX_VALUE;
    for (Map.Entry<String, SessionRing> each : sessions.entrySet()) {
      long used = each.getValue().lastUsed;
      if (!each.getKey().equals(keep) && used < oldestUse) {
        oldest = each.getKey();
        oldestUse = used;
      }
    }
    if (oldest != null) {
      sessions.remove(oldest);
    }
  }

  @Override
  public List<JournalEntry> find(JournalFilter filter) {
    List<JournalEntry> found = matching(filter);
    int limit = filter.limit().orElse(Integer.MAX_VALUE);
    return found.size() <= limit ? found : List.copyOf(found.subList(0, limit));
  }

  @Override
  public int count(JournalFilter filter) {
    return matching(filter).size();
  }

  private List<JournalEntry> matching(JournalFilter filter) {
    List<JournalEntry> found = new ArrayList<>();
    if (filter.session().isPresent()) {
      SessionRing ring = sessions.get(filter.session().get());
      if (ring != null) {
        ring.collect(filter, found);
      }
    } else {
      sessions.values().forEach(ring -> ring.collect(filter, found));
    }
    found.sort(NEWEST_FIRST);
    return found;
  }

  @Override
  public int clear(Optional<String> session) {
    if (session.isPresent()) {
      SessionRing removed = sessions.remove(session.get());
      return removed == null ? 0 : removed.size();
    }
    int removed = 0;
    for (String name : List.copyOf(sessions.keySet())) {
      SessionRing ring = sessions.remove(name);
      removed += ring == null ? 0 : ring.size();
    }
    return removed;
  }

  /** The latest entries of one session, in a ring of slots. */
  private static final class SessionRing {
    private final AtomicReferenceArray<JournalEntry> slots;
    private final AtomicLong written = new AtomicLong();
    // The id of the latest entry: ids increase, so it orders sessions by their last use.
    volatile long lastUsed;

    SessionRing(int capacity) {
      this.slots = new AtomicReferenceArray<>(capacity);
    }

    void add(JournalEntry entry) {
      long slot = written.getAndIncrement() % slots.length();
      slots.set((int) slot, entry);
      lastUsed = entry.id();
    }

    void collect(JournalFilter filter, List<JournalEntry> into) {
      for (int i = 0; i < slots.length(); i++) {
        JournalEntry entry = slots.get(i);
        if (entry != null && filter.matches(entry)) {
          into.add(entry);
        }
      }
    }

    int size() {
      return (int) Math.min(written.get(), slots.length());
    }
  }
}
