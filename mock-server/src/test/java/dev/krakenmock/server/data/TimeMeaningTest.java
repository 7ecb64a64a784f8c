package dev.krakenmock.server.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeMeaningTest {

  @ParameterizedTest(name = "{0} lies in the {1}")
  @CsvSource({
    "createdAt, PAST",
    "validFrom, PAST",
    "periodStart, PAST",
    "validTo, FUTURE",
    "expiresAt, FUTURE",
    "endAt, FUTURE",
    "contractEnd, FUTURE",
    "dueDate, FUTURE",
    "dateOfBirth, BIRTH"
  })
  void readsWhenADateLiesFromItsName(String field, TimeMeaning expected) {
    assertEquals(expected, TimeMeaning.of(FieldWords.ofField(field)));
  }
}
