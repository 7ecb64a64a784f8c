package dev.krakenmock.server.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import net.datafaker.Faker;

// Phone numbers for a non-Italian locale. Datafaker makes numbers that libphonenumber accepts, but
// at 5 to 20 microseconds each, too slow for every value. So a few dozen are made once, and each
// value redraws the last four digits of one of them: the prefix and length, which make a number
// plausible, stay.
final class LocalPhoneNumbers {

  private static final int POOL_SIZE = 64;
  private static final int REDRAWN_DIGITS = 4;

  private final List<String> mobiles;
  private final List<String> landlines;

  LocalPhoneNumbers(Locale locale) {
    SeededFaker seeded = new SeededFaker(locale);
    this.mobiles = pool(seeded, faker -> faker.phoneNumber().cellPhone());
    this.landlines = pool(seeded, faker -> faker.phoneNumber().phoneNumber());
  }

  String mobile(SeededRandom random) {
    return redraw(random.pick(mobiles), random);
  }

  String landline(SeededRandom random) {
    return redraw(random.pick(landlines), random);
  }

  private static List<String> pool(SeededFaker seeded, Function<Faker, String> make) {
    List<String> numbers = new ArrayList<>(POOL_SIZE);
    for (int i = 0; i < POOL_SIZE; i++) {
      numbers.add(make.apply(seeded.reseed(i).faker()));
    }
    return List.copyOf(numbers);
  }

  private static String redraw(String number, SeededRandom random) {
    char[] characters = number.toCharArray();
    int redrawn = 0;
    for (int i = characters.length - 1; i >= 0 && redrawn < REDRAWN_DIGITS; i--) {
      if (Character.isDigit(characters[i])) {
        characters[i] = (char) ('0' + random.between(0, 9));
        redrawn++;
      }
    }
    return new String(characters);
  }
}
