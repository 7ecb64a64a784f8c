package dev.krakenmock.server.data;

import java.time.LocalDate;

// Kraken's wire formats, written by hand: String.format and DateTimeFormatter cost more than the
// rest of a value.
final class WireFormats {

  private static final int SECONDS_PER_DAY = 86_400;

  private WireFormats() {}

  // 2024-03-05T09:15:02.123456+00:00: always six fractional digits and an explicit offset.
  static String dateTime(long epochSecond, int micros) {
    long day = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
    int secondOfDay = Math.floorMod(epochSecond, SECONDS_PER_DAY);
    StringBuilder out = new StringBuilder(32);
    appendDate(out, LocalDate.ofEpochDay(day)).append('T');
    pad(out, secondOfDay / 3600, 2).append(':');
    pad(out, secondOfDay / 60 % 60, 2).append(':');
    pad(out, secondOfDay % 60, 2).append('.');
    return pad(out, micros, 6).append("+00:00").toString();
  }

  static String date(long epochDay) {
    return appendDate(new StringBuilder(10), LocalDate.ofEpochDay(epochDay)).toString();
  }

  // 12345 with 2 decimals is "123.45"; -5 is "-0.05".
  static String decimal(long units, int decimals) {
    if (decimals == 0) {
      return Long.toString(units);
    }
    StringBuilder out = new StringBuilder(16);
    if (units < 0) {
      out.append('-');
    }
    long magnitude = Math.abs(units);
    long scale = (long) Math.pow(10, decimals);
    out.append(magnitude / scale).append('.');
    return pad(out, magnitude % scale, decimals).toString();
  }

  private static StringBuilder appendDate(StringBuilder out, LocalDate date) {
    pad(out, date.getYear(), 4).append('-');
    pad(out, date.getMonthValue(), 2).append('-');
    return pad(out, date.getDayOfMonth(), 2);
  }

  private static StringBuilder pad(StringBuilder out, long value, int width) {
    String digits = Long.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(digits);
  }
}
