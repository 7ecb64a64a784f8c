package dev.krakenmock.server.data;

// What a numeric field holds, with its plausible range as an Int and as a Float or Decimal (in
// units of 10^-decimals). Money Ints are minor units: a balance of 12345 is 123.45 EUR, the same
// amount a Decimal field writes "123.45".
enum NumberMeaning {
  LATITUDE(36, 47, 36_600_000L, 47_100_000L, 6),
  LONGITUDE(6, 18, 6_600_000L, 18_500_000L, 6),
  BATTERY_KWH(20, 100, 2_000L, 10_000L, 2),
  POWER_KW(3, 22, 300L, 2_200L, 2),
  ENERGY_KWH(0, 5_000, 0L, 150_000L, 2),
  PERCENT(0, 100, 0L, 10_000L, 2),
  PRICE(100, 50_000, 500L, 4_500L, 4),
  BALANCE(-50_000, 200_000, -50_000L, 200_000L, 2),
  MONEY(100, 50_000, 100L, 50_000L, 2),
  DAYS(0, 90, 0L, 9_000L, 2),
  HOURS(0, 72, 0L, 7_200L, 2),
  HOUR_OF_DAY(0, 23, 0L, 23L, 0),
  WEEKDAY(0, 6, 0L, 6L, 0),
  MONTH(1, 12, 1L, 12L, 0),
  YEAR(2019, 2030, 2019L, 2030L, 0),
  POINTS(0, 5_000, 0L, 5_000L, 0),
  COUNT(0, 50, 0L, 50L, 0),
  IDENTIFIER(1, 99_999_999, 1L, 99_999_999L, 0),
  VERSION(1, 20, 1L, 20L, 0),
  PAGE(0, 100, 0L, 100L, 0),
  OTHER(0, 1_000, 0L, 100_000L, 2);

  private final int intLow;
  private final int intHigh;
  private final long unitsLow;
  private final long unitsHigh;
  private final int decimals;
  private final double scale;

  NumberMeaning(int intLow, int intHigh, long unitsLow, long unitsHigh, int decimals) {
    this.intLow = intLow;
    this.intHigh = intHigh;
    this.unitsLow = unitsLow;
    this.unitsHigh = unitsHigh;
    this.decimals = decimals;
    this.scale = Math.pow(10, decimals);
  }

  static NumberMeaning of(FieldWords f) {
    NumberMeaning meaning = timeOrPlace(f);
    if (meaning == OTHER) {
      meaning = quantity(f);
    }
    return meaning;
  }

  int randomInt(SeededRandom random) {
    return random.between(intLow, intHigh);
  }

  String randomDecimal(SeededRandom random) {
    return WireFormats.decimal(random.betweenLong(unitsLow, unitsHigh), decimals);
  }

  double randomFloat(SeededRandom random) {
    return random.betweenLong(unitsLow, unitsHigh) / scale;
  }

  // Units of time come first: "cotReadingWindowDays" counts days, not kWh.
  private static NumberMeaning timeOrPlace(FieldWords f) {
    if (f.has("days")) {
      return DAYS;
    }
    if (f.has("hours")) {
      return HOURS;
    }
    if (f.hasAny("latitude", "lat")) {
      return LATITUDE;
    }
    if (f.hasAny("longitude", "lng", "lon", "long")) {
      return LONGITUDE;
    }
    if (f.has("soc") || f.hasAny("percent", "percentage", "pct", "ratio", "score", "risk")) {
      return PERCENT;
    }
    if (f.has("weekday") || f.hasAll("week", "day")) {
      return WEEKDAY;
    }
    if (f.has("hour")) {
      return HOUR_OF_DAY;
    }
    if (f.has("month")) {
      return MONTH;
    }
    if (f.has("year")) {
      return YEAR;
    }
    if (f.has("day")) {
      return DAYS;
    }
    return OTHER;
  }

  private static NumberMeaning quantity(FieldWords f) {
    if (f.endsWith("id")) {
      return IDENTIFIER;
    }
    if (f.has("battery")) {
      return BATTERY_KWH;
    }
    if (f.hasAny("kw", "power", "capacity")) {
      return POWER_KW;
    }
    if (f.hasAny("kwh", "energy", "consumption", "usage", "reading", "demand", "volume", "smc")) {
      return ENERGY_KWH;
    }
    if (f.hasAny("price", "rate", "tariff")) {
      return PRICE;
    }
    if (f.has("balance")) {
      return BALANCE;
    }
    if (f.hasAny(
        "amount",
        "cost",
        "charge",
        "fee",
        "payment",
        "credit",
        "debit",
        "refund",
        "deposit",
        "reward",
        "bill",
        "monetary",
        "spend",
        "saving",
        "discount",
        "tax")) {
      return MONEY;
    }
    if (f.hasAny("points", "loyalty")) {
      return POINTS;
    }
    if (f.hasAny("count", "quantity") || f.startsWith("total") || f.hasAll("number", "of")) {
      return COUNT;
    }
    if (f.has("version")) {
      return VERSION;
    }
    if (f.hasAny(
        "first",
        "last",
        "offset",
        "limit",
        "size",
        "depth",
        "max",
        "min",
        "page",
        "window",
        "range",
        "recurrence",
        "term",
        "results")) {
      return PAGE;
    }
    return OTHER;
  }
}
