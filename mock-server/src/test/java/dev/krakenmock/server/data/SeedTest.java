package dev.krakenmock.server.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeds hash the UTF-8 bytes of their parts, so that they never change across versions. */
class SeedTest {

  /** The definition: FNV-1a over each part's UTF-8 bytes, a separator after each, then mixed. */
  private static long reference(long base, String... parts) {
    long hash = (0xcbf29ce484222325L ^ base) * 0x100000001b3L;
    for (String part : parts) {
      for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
        hash = (hash ^ b) * 0x100000001b3L;
      }
      hash = (hash ^ 0x1f) * 0x100000001b3L;
    }
    return Seed.mix(hash);
  }

  @Test
  void hashesTheUtf8BytesOfEveryKindOfText() {
    List<String> texts = List.of("", "AccountType#number=A-1234ABCD/balance", "città Forlì",
        "€ 12,50", "\uD83D\uDE97 auto", "unpaired \uD800 high", "unpaired \uDC00 low",
        "at the end \uD83D", "\u07FF\u0800\uFFFF");
    for (String text : texts) {
      assertEquals(reference(42, text), Seed.of(42, text), text);
      assertEquals(reference(-7, text, "key"), Seed.of(-7, text, "key"), text);
    }
  }

  @Test
  void agreesWithItsDefinitionOnRandomText() {
    Random random = new Random(20241128);
    for (int i = 0; i < 2_000; i++) {
      char[] chars = new char[random.nextInt(40)];
      for (int j = 0; j < chars.length; j++) {
        chars[j] = random.nextInt(4) == 0 ? (char) random.nextInt(0x10000)
            : (char) (0x20 + random.nextInt(0x5f));
      }
      String text = new String(chars);
      assertEquals(reference(i, text), Seed.of(i, text), text);
    }
  }

  @Test
  void keepsItsValuesAcrossVersions() {
    // Changing these changes every generated value of every answer.
    assertEquals(5942279285657942358L, Seed.of(1, "AccountType#number=A-1/balance"));
    assertNotEquals(Seed.of(1, "ab", "c"), Seed.of(1, "a", "bc"));
  }
}
