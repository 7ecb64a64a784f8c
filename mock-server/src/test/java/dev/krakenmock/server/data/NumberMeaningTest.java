package dev.krakenmock.server.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberMeaningTest {

  @ParameterizedTest(name = "{0} holds {1}")
  @CsvSource({
    "balance, BALANCE",
    "overdueBalance, BALANCE",
    "amount, MONEY",
    "depositAmount, MONEY",
    "totalCostExclTax, MONEY",
    "averageMonthlyCharge, MONEY",
    "price, PRICE",
    "unitRate, PRICE",
    "totalCount, COUNT",
    "edgeCount, COUNT",
    "totalConsumption, ENERGY_KWH",
    "energyAddedKwh, ENERGY_KWH",
    "chargePointPowerInKw, POWER_KW",
    "vehicleBatterySizeInKwh, BATTERY_KWH",
    "cotReadingWindowDays, DAYS",
    "daysBeforeExpiration, DAYS",
    "hoursWaiting, HOURS",
    "hourOccurredAt, HOUR_OF_DAY",
    "weekDayOccurredAt, WEEKDAY",
    "cardExpiryMonth, MONTH",
    "cardExpiryYear, YEAR",
    "maximumSocPercentage, PERCENT",
    "weekdayTargetSoc, PERCENT",
    "loyaltyPoints, POINTS",
    "supplyPointInternalIds, IDENTIFIER",
    "latitude, LATITUDE",
    "longitude, LONGITUDE",
    "first, PAGE",
    "frobnicator, OTHER"
  })
  void readsWhatANumberHoldsFromItsName(String field, NumberMeaning expected) {
    assertEquals(expected, NumberMeaning.of(FieldWords.ofField(field)));
  }
}
