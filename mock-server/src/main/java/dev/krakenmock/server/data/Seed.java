package dev.krakenmock.server.data;

import java.nio.charset.StandardCharsets;

/**
 * Derives seeds from their parts with a fixed 64-bit hash (FNV-1a over UTF-8, then a SplitMix64
 * finish), so a value depends only on what it is for, identically on every JVM and machine.
 */
public final class Seed {

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final byte SEPARATOR = 0x1f;

  private Seed() {}

  /** The seed of {@code parts} under {@code base}. */
  public static long of(long base, String... parts) {
    long hash = FNV_OFFSET ^ base;
    hash *= FNV_PRIME;
    for (String part : parts) {
      for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
        hash ^= b;
        hash *= FNV_PRIME;
      }
      hash ^= SEPARATOR;
      hash *= FNV_PRIME;
    }
    return mix(hash);
  }

  /** SplitMix64's finaliser: spreads nearby hashes over all 64 bits. */
  public static long mix(long value) {
    long z = value;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A whole number in {@code [0, bound)} from a seed. */
  public static int below(long seed, int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    return (int) Long.remainderUnsigned(mix(seed), bound);
  }
}
