package dev.krakenmock.server.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WireFormatsTest {

  @Test
  void writesDateTimesWithSixFractionalDigitsAndAnExplicitOffset() {
    long epochSecond = LocalDate.of(2024, 3, 5).atTime(9, 15, 2).toEpochSecond(ZoneOffset.UTC);
    assertEquals("2024-03-05T09:15:02.123456+00:00", WireFormats.dateTime(epochSecond, 123_456));
    assertEquals("2024-03-05T09:15:02.000007+00:00", WireFormats.dateTime(epochSecond, 7));
  }

  @Test
  void writesDates() {
    assertEquals("2019-01-09", WireFormats.date(LocalDate.of(2019, 1, 9).toEpochDay()));
  }

  @Test
  void writesDecimalsWithAFixedNumberOfFractionalDigits() {
    assertEquals("123.45", WireFormats.decimal(12_345, 2));
    assertEquals("0.2150", WireFormats.decimal(2_150, 4));
    assertEquals("-0.05", WireFormats.decimal(-5, 2));
    assertEquals("0.00", WireFormats.decimal(0, 2));
    assertEquals("42", WireFormats.decimal(42, 0));
  }
}
