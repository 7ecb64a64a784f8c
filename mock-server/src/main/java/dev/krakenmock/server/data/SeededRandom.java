package dev.krakenmock.server.data;

import java.util.List;
import java.util.random.RandomGenerator;

// Re-seeded before every value, so that what Datafaker and the formats draw depends on that value's
// seed alone. SplitMix64 rather than java.util.Random: no atomic updates, and the stream is
// specified, so it is the same on every JVM. One instance per thread.
final class SeededRandom implements RandomGenerator {

  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private long state;

  void reseed(long seed) {
    state = Seed.mix(seed);
  }

  @Override
  public long nextLong() {
    state += GOLDEN_GAMMA;
    return Seed.mix(state);
  }

  int between(int low, int high) {
    return (int) betweenLong(low, high);
  }

  long betweenLong(long low, long high) {
    return low + Long.remainderUnsigned(nextLong(), high - low + 1);
  }

  <T> T pick(List<T> values) {
    return values.get(between(0, values.size() - 1));
  }

  boolean chance(int percent) {
    return between(0, 99) < percent;
  }

  String digits(int count) {
    char[] out = new char[count];
    for (int i = 0; i < count; i++) {
      out[i] = (char) ('0' + between(0, 9));
    }
    return new String(out);
  }

  // Without a leading zero.
  String number(int count) {
    return between(1, 9) + digits(count - 1);
  }

  String upperHex(int count) {
    char[] out = new char[count];
    long bits = nextLong();
    for (int i = 0; i < count; i++) {
      if (i % 16 == 0 && i > 0) {
        bits = nextLong();
      }
      out[i] = HEX[(int) (bits >>> (4 * (i % 16))) & 0xf];
    }
    return new String(out);
  }

  char upperLetter() {
    return (char) ('A' + between(0, 25));
  }
}
