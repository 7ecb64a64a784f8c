package dev.krakenmock.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdleMemoryTest {

  @Test
  void collectsOnceWhenABurstOfRequestsIsOver() {
    try (IdleMemory memory = new IdleMemory()) {
      List<Boolean> collected = List.of(
          memory.check(0), memory.check(5), memory.check(9), memory.check(9), memory.check(9),
          memory.check(12), memory.check(12));
      assertEquals(List.of(false, false, false, true, false, false, true), collected);
    }
  }

  @Test
  void letsTheHeapShrinkCloserToItsLiveDataOnceIdle() {
    HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(
        HotSpotDiagnosticMXBean.class);

    try (IdleMemory memory = new IdleMemory()) {
      memory.check(1);
      memory.check(1);
    }

    assertEquals(String.valueOf(IdleMemory.MAX_FREE_PERCENT),
        vm.getVMOption("MaxHeapFreeRatio").getValue());
    assertEquals(String.valueOf(IdleMemory.MIN_FREE_PERCENT),
        vm.getVMOption("MinHeapFreeRatio").getValue());
  }
}
