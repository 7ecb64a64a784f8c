package dev.krakenmock.server.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Changes are told once two polls in a row agree, and then only once. */
class FolderChangesTest {

  @Test
  void tellsAChangeOnceTheFolderHasStayedTheSameForOnePoll() {
    FolderChanges changes = new FolderChanges();
    changes.readAll(Map.of("a.json", 1L, "b.json", 1L));

    Map<String, Long> edited = Map.of("a.json", 2L, "b.json", 1L, "c.json", 1L);
    assertEquals(Set.of(), changes.settled(edited), "first sight: maybe still being written");
    assertEquals(Set.of("a.json", "c.json"), changes.settled(edited));
    assertEquals(Set.of(), changes.settled(edited), "told once");
  }

  @Test
  void waitsWhileTheFolderKeepsChanging() {
    FolderChanges changes = new FolderChanges();
    changes.readAll(Map.of("a.json", 1L));

    List<Set<String>> told = List.of(
        changes.settled(Map.of("a.json", 2L)),
        changes.settled(Map.of("a.json", 3L)),
        changes.settled(Map.of("a.json", 4L)),
        changes.settled(Map.of("a.json", 4L)));

    assertEquals(List.of(Set.of(), Set.of(), Set.of(), Set.of("a.json")), told);
  }

  @Test
  void tellsRemovedFilesAndForgetsAChangeThatWasUndone() {
    FolderChanges changes = new FolderChanges();
    changes.readAll(Map.of("a.json", 1L, "b.json", 1L));

    assertEquals(Set.of(), changes.settled(Map.of("a.json", 1L)));
    assertEquals(Set.of(), changes.settled(Map.of("a.json", 1L, "b.json", 1L)), "undone");
    assertEquals(Set.of(), changes.settled(Map.of("a.json", 1L)));
    assertEquals(Set.of("b.json"), changes.settled(Map.of("a.json", 1L)));
  }
}
