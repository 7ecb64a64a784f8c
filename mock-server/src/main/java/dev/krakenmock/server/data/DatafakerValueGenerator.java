package dev.krakenmock.server.data;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Realistic values chosen by field name and kind: Italian people, addresses, IBANs, codici fiscali,
 * POD and PDR codes, Kraken account numbers, and Kraken's wire formats for dates, times and
 * decimals.
 *
 * <p>Fields of one entity agree: a person's names, title, pronouns, birth date, email and codice
 * fiscale describe one person; an address's street, CAP, city, province and region one real place;
 * a company's name, partita IVA and email one company. These parts are drawn from {@link
 * ValueRequest#entitySeed()}, every other value from {@link ValueRequest#seed()}.
 *
 * <p>Every value is a pure function of its request: each thread owns random sources and a Datafaker
 * {@code Faker} that are re-seeded before each draw, so the same request gives the same value on
 * any thread, in any order, on every run and machine. Instances are thread-safe.
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
  private final ThreadLocal<SeededRandom> randoms = ThreadLocal.withInitial(SeededRandom::new);
  private final ThreadLocal<CurrentEntity> entities;
  private final ConcurrentMap<FieldKey, FieldProfile> profiles = new ConcurrentHashMap<>();

  /**
   * A generator for a locale, usually {@code it}.
   *
   * @param locale the Datafaker locale of names, streets, cities, companies and prose
   */
  public DatafakerValueGenerator(Locale locale) {
    this.texts = new TextValues(locale);
    EntityParts parts = new EntityParts(locale);
    this.entities = ThreadLocal.withInitial(() -> new CurrentEntity(parts, locale));
  }

  @Override
  public Object value(ValueRequest request) {
    FieldProfile profile = profile(request.parentType(), request.fieldName());
    SeededRandom random = reseeded(request.seed());
    long entitySeed = request.entitySeed();
    return switch (request.kind()) {
      case STRING, OTHER_SCALAR -> text(profile.text(), profile, random, entitySeed);
      case ID ->
          profile.text().formatsIds()
              ? text(profile.text(), profile, random, entitySeed)
              : TextValues.numericId(random);
      case INT -> profile.number().randomInt(random);
      case FLOAT -> profile.number().randomFloat(random);
      case DECIMAL -> profile.number().randomDecimal(random);
      case BOOLEAN -> random.nextBoolean();
      case DATE ->
          ownBirthDate(profile)
              ? WireFormats.date(entities.get().at(entitySeed).person().birthDate().toEpochDay())
              : profile.time().randomDate(random);
      case DATE_TIME -> profile.time().randomDateTime(random);
      case UUID -> TextValues.uuid(random);
      case JSON -> texts.json(random);
      case ENUM -> random.pick(request.enumValues());
    };
  }

  @Override
  public String entityKey(long seed, String typeName, String keyField) {
    FieldProfile profile = profile(typeName, keyField);
    SeededRandom random = reseeded(seed);
    TextMeaning meaning = profile.text();
    if (meaning == TextMeaning.NUMERIC_ID) {
      return TextValues.numericId(random);
    }
    if (meaning.formatsIds()) {
      return text(meaning, profile, random, seed);
    }
    if (profile.parent().hasAny("electricity", "electric")) {
      return text(TextMeaning.POD, profile, random, seed);
    }
    if (profile.parent().has("gas")) {
      return text(TextMeaning.PDR, profile, random, seed);
    }
    return profile.parent().initials() + "-" + random.upperHex(8);
  }

  private SeededRandom reseeded(long seed) {
    SeededRandom random = randoms.get();
    random.reseed(seed);
    return random;
  }

  private String text(
      TextMeaning meaning, FieldProfile profile, SeededRandom random, long entitySeed) {
    return texts.text(meaning, profile, random, entities.get().at(entitySeed));
  }

  // A date of birth is the entity's person's, the one its codice fiscale encodes.
  private static boolean ownBirthDate(FieldProfile profile) {
    return profile.time() == TimeMeaning.BIRTH && !profile.otherParty();
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
