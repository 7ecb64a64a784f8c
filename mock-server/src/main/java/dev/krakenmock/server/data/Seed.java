package dev.krakenmock.server.data;


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
      hash = utf8(hash, part);
      hash ^= SEPARATOR;
      hash *= FNV_PRIME;
    }
    return mix(hash);
  }

  /**
   * Hashes the UTF-8 bytes of {@code text} into {@code hash}, as {@code getBytes(UTF_8)} would
   * give them (an unpaired surrogate as {@code ?}), without making them: seeds are derived for
   * every value of every answer.
   */
  private static long utf8(long start, String text) {
    long hash = start;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        hash = (hash ^ c) * FNV_PRIME;
      } else if (c < 0x800) {
        hash = (hash ^ (byte) (0xc0 | (c >> 6))) * FNV_PRIME;
        hash = (hash ^ (byte) (0x80 | (c & 0x3f))) * FNV_PRIME;
      } else if (Character.isSurrogate(c)) {
        int codePoint = Character.isHighSurrogate(c) && i + 1 < length
            && Character.isLowSurrogate(text.charAt(i + 1))
            ? Character.toCodePoint(c, text.charAt(++i)) : '?';
        if (codePoint == '?') {
          hash = (hash ^ '?') * FNV_PRIME;
        } else {
          hash = (hash ^ (byte) (0xf0 | (codePoint >> 18))) * FNV_PRIME;
          hash = (hash ^ (byte) (0x80 | ((codePoint >> 12) & 0x3f))) * FNV_PRIME;
          hash = (hash ^ (byte) (0x80 | ((codePoint >> 6) & 0x3f))) * FNV_PRIME;
          hash = (hash ^ (byte) (0x80 | (codePoint & 0x3f))) * FNV_PRIME;
        }
      } else {
        hash = (hash ^ (byte) (0xe0 | (c >> 12))) * FNV_PRIME;
        hash = (hash ^ (byte) (0x80 | ((c >> 6) & 0x3f))) * FNV_PRIME;
        hash = (hash ^ (byte) (0x80 | (c & 0x3f))) * FNV_PRIME;
      }
    }
    return hash;
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
