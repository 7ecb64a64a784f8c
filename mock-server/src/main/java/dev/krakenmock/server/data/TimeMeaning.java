package dev.krakenmock.server.data;

import java.time.LocalDate;
import java.time.ZoneOffset;

// When a date or time field's value lies. Windows are fixed, not relative to today, so a value
// never changes with the clock; "From"/"Start" fields fall before "To"/"End" ones.
enum TimeMeaning {
  BIRTH(LocalDate.of(1945, 1, 1), LocalDate.of(2005, 12, 31)),
  PAST(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 12, 31)),
  FUTURE(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31));

  private final long firstSecond;
  private final long lastSecond;

  TimeMeaning(LocalDate first, LocalDate last) {
    this.firstSecond = first.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    this.lastSecond = last.plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) - 1;
  }

  static TimeMeaning of(FieldWords f) {
    if (f.hasAny("birth", "dob", "born", "birthday")) {
      return BIRTH;
    }
    if (f.hasAny(
            "expires",
            "expiry",
            "expiration",
            "expire",
            "due",
            "deadline",
            "until",
            "next",
            "scheduled",
            "upcoming",
            "renewal",
            "expected",
            "end",
            "ends")
        || f.endsWith("to")) {
      return FUTURE;
    }
    return PAST;
  }

  String randomDateTime(SeededRandom random) {
    return WireFormats.dateTime(
        random.betweenLong(firstSecond, lastSecond), random.between(0, 999_999));
  }

  String randomDate(SeededRandom random) {
    return WireFormats.date(randomEpochDay(random));
  }

  long randomEpochDay(SeededRandom random) {
    return Math.floorDiv(random.betweenLong(firstSecond, lastSecond), 86_400L);
  }
}
