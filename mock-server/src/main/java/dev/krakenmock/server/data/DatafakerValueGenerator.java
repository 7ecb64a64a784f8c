package dev.krakenmock.server.data;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Realistic values chosen by field name and kind: Italian people, addresses, IBANs, codici fiscali,
 * POD and PDR codes, Kraken account numbers, and Kraken's wire formats for dates, times and
 * decimals.
 *
 * <p>Every value is a pure function of its request: each thread owns a Datafaker {@code Faker}
 * whose random source is re-seeded with {@link ValueRequest#seed()} before the value is drawn, so
 * the same request gives the same value on any thread, in any order, on every run and machine.
 * Instances are thread-safe.
 *
 * <p>The locale drives the people, streets, cities, companies and prose (for example {@code en-GB}
 * gives English names); identifiers that only the Italian API has (IBAN, POD, PDR, CAP, province,
 * codice fiscale, partita IVA) stay Italian whatever the locale.
 */
public final class DatafakerValueGenerator implements ValueGenerator {

  // Field names come from the schema, so the cache stays small; the bound guards against a
  // caller that makes names up.
  private static final int PROFILE_CACHE_LIMIT = 50_000;

  private final TextValues texts;
  private final ThreadLocal<SeededFaker> fakers;
  private final ConcurrentMap<FieldKey, FieldProfile> profiles = new ConcurrentHashMap<>();

  /**
   * A generator for a locale, usually {@code it}.
   *
   * @param locale the Datafaker locale of names, streets, cities, companies and prose
   */
  public DatafakerValueGenerator(Locale locale) {
    this.texts = new TextValues(locale);
    this.fakers = ThreadLocal.withInitial(() -> new SeededFaker(locale));
  }

  @Override
  public Object value(ValueRequest request) {
    FieldProfile profile = profile(request.parentType(), request.fieldName());
    SeededFaker seeded = fakers.get().reseed(request.seed());
    SeededRandom random = seeded.random();
    return switch (request.kind()) {
      case STRING, OTHER_SCALAR -> text(profile.text(), profile, seeded);
      case ID ->
          profile.text().formatsIds()
              ? text(profile.text(), profile, seeded)
              : TextValues.numericId(random);
      case INT -> profile.number().randomInt(random);
      case FLOAT -> profile.number().randomFloat(random);
      case DECIMAL -> profile.number().randomDecimal(random);
      case BOOLEAN -> random.nextBoolean();
      case DATE -> profile.time().randomDate(random);
      case DATE_TIME -> profile.time().randomDateTime(random);
      case UUID -> TextValues.uuid(random);
      case JSON -> texts.json(random);
      case ENUM -> random.pick(request.enumValues());
    };
  }

  @Override
  public String entityKey(long seed, String typeName, String keyField) {
    FieldProfile profile = profile(typeName, keyField);
    SeededFaker seeded = fakers.get().reseed(seed);
    TextMeaning meaning = profile.text();
    if (meaning == TextMeaning.NUMERIC_ID) {
      return TextValues.numericId(seeded.random());
    }
    if (meaning.formatsIds()) {
      return text(meaning, profile, seeded);
    }
    if (profile.parent().hasAny("electricity", "electric")) {
      return text(TextMeaning.POD, profile, seeded);
    }
    if (profile.parent().has("gas")) {
      return text(TextMeaning.PDR, profile, seeded);
    }
    return profile.parent().initials() + "-" + seeded.random().upperHex(8);
  }

  private String text(TextMeaning meaning, FieldProfile profile, SeededFaker seeded) {
    return texts.text(meaning, profile.field(), profile.parent(), seeded);
  }

  private FieldProfile profile(String parentType, String fieldName) {
    FieldKey key = new FieldKey(parentType, fieldName);
    FieldProfile cached = profiles.get(key);
    if (cached != null) {
      return cached;
    }
    FieldProfile profile = FieldProfile.of(parentType, fieldName);
    if (profiles.size() < PROFILE_CACHE_LIMIT) {
      profiles.putIfAbsent(key, profile);
    }
    return profile;
  }

  private record FieldKey(String parentType, String fieldName) {}
}
