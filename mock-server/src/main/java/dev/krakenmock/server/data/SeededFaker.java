package dev.krakenmock.server.data;

import java.util.Locale;
import net.datafaker.Faker;
import net.datafaker.service.RandomService;

// A Faker whose every random draw comes from a SeededRandom that is re-seeded before each value.
// Faker instances are not thread-safe, so each thread has its own.
final class SeededFaker {

  private final SeededRandom random = new SeededRandom();
  private final Faker faker;

  SeededFaker(Locale locale) {
    this.faker = new Faker(locale, new RandomService(random));
  }

  SeededFaker reseed(long seed) {
    random.reseed(seed);
    return this;
  }

  SeededRandom random() {
    return random;
  }

  Faker faker() {
    return faker;
  }
}
