package dev.krakenmock.server.data;

import java.util.Locale;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

// The entity that the value being generated belongs to, as one thread sees it: its person, address
// and company, each drawn from the entity's seed alone. The fields of an entity ask for the same
// parts one after another, so each part is kept in a small table keyed by its full seed: a hit
// returns exactly what drawing again would, so the table saves time and never changes a value.
// Its own Faker keeps these draws from disturbing the value's. One instance per thread.
final class CurrentEntity {

  // Distinct salts, so that an entity's person, address and company are independent draws.
  private static final long PERSON = 0x5045_5253_4f4e_0001L;
  private static final long ADDRESS = 0x4144_4452_4553_0002L;
  private static final long COMPANY = 0x434f_4d50_414e_0003L;

  private final SeededFaker seeded;
  private final Parts<Person> people;
  private final Parts<Address> addresses;
  private final Parts<Company> companies;
  private long entitySeed;

  CurrentEntity(EntityParts parts, Locale locale) {
    this.seeded = new SeededFaker(locale);
    this.people = new Parts<>(seed -> parts.person(seeded.reseed(seed ^ PERSON)));
    this.addresses = new Parts<>(seed -> parts.address(seeded.reseed(seed ^ ADDRESS)));
    this.companies = new Parts<>(seed -> parts.company(seeded.reseed(seed ^ COMPANY)));
  }

  CurrentEntity at(long entitySeed) {
    this.entitySeed = entitySeed;
    return this;
  }

  Person person() {
    return people.get(entitySeed);
  }

  // Someone other than the entity's own person, such as an "agentContactEmail"'s agent.
  Person otherPerson(long seed) {
    return people.get(seed);
  }

  Address address() {
    return addresses.get(entitySeed);
  }

  Company company() {
    return companies.get(entitySeed);
  }

  // A direct-mapped table: a seed has one slot, and a newer seed takes it over.
  private static final class Parts<T> {

    private static final int SLOTS = 16;

    private final LongFunction<T> draw;
    private final long[] seeds = new long[SLOTS];
    private final @Nullable Object[] values = new Object[SLOTS];

    Parts(LongFunction<T> draw) {
      this.draw = draw;
    }

    @SuppressWarnings("unchecked")
    T get(long seed) {
      int slot = (int) (Seed.mix(seed) & (SLOTS - 1));
      Object cached = values[slot];
      if (cached != null && seeds[slot] == seed) {
        return (T) cached;
      }
      T value = draw.apply(seed);
      seeds[slot] = seed;
      values[slot] = value;
      return value;
    }
  }
}
