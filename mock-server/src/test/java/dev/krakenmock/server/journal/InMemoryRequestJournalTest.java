package dev.krakenmock.server.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryRequestJournalTest {

  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

  private final InMemoryRequestJournal journal = new InMemoryRequestJournal(3, 2);

  private JournalEntry.Builder entry(RequestJournal into, String session) {
    return JournalEntry.newEntry(into.nextId(), NOW).headers(Map.of("x-mock-session", session));
  }

  private void record(String session, String operation, Map<String, Object> variables) {
    journal.record(entry(journal, session).operationName(operation).variables(variables).build());
  }

  private static List<String> operations(List<JournalEntry> entries) {
    return entries.stream().map(JournalEntry::operationName).toList();
  }

  @Test
  void keepsTheNewestEntriesOfASessionWhenItIsFull() {
    for (String operation : List.of("One", "Two", "Three", "Four", "Five")) {
      record("s", operation, Map.of());
    }

    assertEquals(List.of("Five", "Four", "Three"), operations(journal.find(JournalFilter.ALL)));
    assertEquals(3, journal.count(JournalFilter.ALL));
  }

  @Test
  void dropsTheSessionWrittenToLeastRecentlyForANewOne() {
    record("a", "A1", Map.of());
    record("b", "B1", Map.of());
    record("a", "A2", Map.of());
    record("c", "C1", Map.of());

    assertEquals(List.of("C1", "A2", "A1"), operations(journal.find(JournalFilter.ALL)));
    assertEquals(0, journal.count(JournalFilter.newFilter().session("b").build()));
  }

  @Test
  void combinesFiltersAndCountsBeyondTheLimit() {
    InMemoryRequestJournal big = new InMemoryRequestJournal(100, 10);
    for (int i = 0; i < 6; i++) {
      big.record(entry(big, i % 2 == 0 ? "even" : "odd").operationName("Account")
          .variables(Map.of("accountNumber", i < 4 ? "A-1" : "A-2", "page", i))
          .answer(new AnswerSummary("query", List.of("account"), Map.of(),
              i == 2 ? List.of("KT-CT-4178") : List.of(), null))
          .status(i == 5 ? 400 : 200)
          .build());
    }
    big.record(entry(big, "even").operationName("Viewer")
        .variables(Map.of("accountNumber", "A-1")).build());

    JournalFilter filter = JournalFilter.newFilter().operationName("Account")
        .variables(Map.of("accountNumber", "A-1")).limit(1).build();
    assertEquals(4, big.count(filter));
    List<JournalEntry> newest = big.find(filter);
    assertEquals(1, newest.size());
    assertEquals(4, newest.get(0).id(), "the newest of ids 1 to 4");

    assertEquals(2, big.count(filter.withSession("even")));
    assertEquals(1, big.count(JournalFilter.newFilter().errorCode("KT-CT-4178").build()));
    assertEquals(1, big.count(JournalFilter.newFilter().status(400).rootField("account").build()));
    assertEquals(0, big.count(JournalFilter.newFilter().rootField("viewer").build()));
    assertEquals(1, big.count(JournalFilter.newFilter().variables(Map.of("page", "3")).build()),
        "numbers match their text");
  }

  @Test
  void clearsOneSessionOrAll() {
    record("a", "A1", Map.of());
    record("a", "A2", Map.of());
    record("b", "B1", Map.of());

    assertEquals(2, journal.clear(Optional.of("a")));
    assertEquals(List.of("B1"), operations(journal.find(JournalFilter.ALL)));
    assertEquals(0, journal.clear(Optional.of("a")));
    assertEquals(1, journal.clear(Optional.empty()));
    assertTrue(journal.find(JournalFilter.ALL).isEmpty());
  }

  @Test
  void sizeZeroTurnsTheJournalOff() {
    RequestJournal off = InMemoryRequestJournal.ofSize(0);
    off.record(entry(off, "s").build());

    assertInstanceOf(DisabledRequestJournal.class, off);
    assertFalse(off.enabled());
    assertEquals(0, off.count(JournalFilter.ALL));
    assertTrue(InMemoryRequestJournal.ofSize(5).enabled());
    assertThrows(IllegalArgumentException.class, () -> new InMemoryRequestJournal(0, 1));
  }

  @Test
  void concurrentWritersLoseNoEntryAndReadersSeeEachOnce() throws Exception {
    InMemoryRequestJournal shared = new InMemoryRequestJournal(10_000, 10);
    int threads = 4;
    int each = 2_000;
    ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> writers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String session = "s" + (t % 2);
      writers.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < each; i++) {
          shared.record(entry(shared, session).build());
        }
        return null;
      }));
    }
    Future<?> reader = pool.submit(() -> {
      start.await();
      for (int i = 0; i < 50; i++) {
        List<JournalEntry> seen = shared.find(JournalFilter.ALL);
        Set<Long> ids = new HashSet<>();
        seen.forEach(entry -> assertTrue(ids.add(entry.id()), "seen twice: " + entry.id()));
      }
      return null;
    });
    start.countDown();
    for (Future<?> writer : writers) {
      writer.get(30, TimeUnit.SECONDS);
    }
    reader.get(30, TimeUnit.SECONDS);
    pool.shutdown();

    assertEquals(threads * each, shared.count(JournalFilter.ALL));
    assertEquals(threads * each / 2, shared.count(JournalFilter.newFilter().session("s1").build()));
  }

  @Test
  void showsOnlyHeadersOfInterestWithTheCredentialRedacted() {
    JournalEntry entry = JournalEntry.newEntry(1, NOW).headers(Map.of(
        "authorization", "JWT eyJhbGciOiJIUzI1NiJ9.secret", "content-type", "application/json",
        "cookie", "id=1", "x-mock-session", "s", "x-mock-client-ip", "127.0.0.1")).build();

    assertEquals(Map.of("authorization", "JWT …(redacted)", "content-type", "application/json",
        "x-mock-session", "s"), entry.headersOfInterest());
    assertEquals("s", entry.session());
  }

  @Test
  void anEntryIsUnmatchedOnlyWithoutScenarioTriggerOrRejection() {
    assertTrue(JournalEntry.newEntry(1, NOW).build().unmatched());
    assertFalse(JournalEntry.newEntry(1, NOW).answer(new AnswerSummary(null, List.of(), Map.of(),
        List.of(), "account-missing")).build().unmatched());
    assertFalse(JournalEntry.newEntry(1, NOW).headers(Map.of("x-mock-error", "account=KT-CT-4178"))
        .build().unmatched());
    assertFalse(JournalEntry.newEntry(1, NOW).rejection("Bad JSON").build().unmatched());
  }

  @Test
  void readsErrorCodesOfAResponseOnceEachInOrder() {
    Map<String, Object> response = Map.of("errors", List.of(
        Map.of("message", "a", "extensions", Map.of("errorCode", "KT-CT-4178")),
        Map.of("message", "b"),
        Map.of("message", "c", "extensions", Map.of("errorCode", "KT-CT-1111")),
        Map.of("message", "d", "extensions", Map.of("errorCode", "KT-CT-4178"))));

    assertEquals(List.of("KT-CT-4178", "KT-CT-1111"), AnswerSummary.errorCodesOf(response));
    assertEquals(List.of(), AnswerSummary.errorCodesOf(Map.of("data", Map.of())));
  }
}
