package dev.krakenmock.server.data;

import java.util.List;

// Locale-neutral names: Octopus products and brands, electric vehicles and charge points sold in
// Italy, and the upper-case constants Kraken writes in status and type strings.
final class Catalogue {

  static final List<String> PRODUCTS =
      List.of(
          "Octopus Fissa 12M",
          "Octopus Fissa 24M",
          "Octopus Flex",
          "Octopus Flex Mono",
          "Octopus Flex Gas",
          "Octopus Fissa Gas 12M",
          "Octopus Bioraria",
          "Octopus EV",
          "Octopus Business Fissa",
          "Octopus Business Flex");

  static final List<String> BRANDS = List.of("Octopus Energy Italia", "Octopus Energy");

  static final List<String> VEHICLE_MAKES =
      List.of(
          "Tesla",
          "Fiat",
          "Volkswagen",
          "Renault",
          "Peugeot",
          "Hyundai",
          "Kia",
          "BMW",
          "Audi",
          "MG",
          "Nissan",
          "Volvo",
          "Polestar",
          "BYD",
          "Dacia",
          "Mercedes-Benz",
          "Skoda",
          "Cupra",
          "Mini",
          "Jeep");

  static final List<String> VEHICLE_MODELS =
      List.of(
          "Model 3",
          "Model Y",
          "500e",
          "ID.3",
          "ID.4",
          "Zoe",
          "Megane E-Tech",
          "e-208",
          "Kona Electric",
          "Ioniq 5",
          "EV6",
          "Niro EV",
          "i4",
          "iX3",
          "Q4 e-tron",
          "MG4",
          "Leaf",
          "EX30",
          "Polestar 2",
          "Dolphin",
          "Atto 3",
          "Spring",
          "EQA",
          "Enyaq",
          "Born",
          "Cooper SE",
          "Avenger");

  static final List<String> CHARGER_MAKES =
      List.of(
          "Wallbox",
          "ABB",
          "Zaptec",
          "Easee",
          "Enel X",
          "myenergi",
          "Alfen",
          "Schneider Electric",
          "Ohme",
          "Hypervolt",
          "Tesla",
          "Pod Point");

  static final List<String> CHARGER_MODELS =
      List.of(
          "Pulsar Plus",
          "Pulsar Max",
          "Terra AC",
          "Go",
          "Home",
          "JuiceBox Plus",
          "Zappi",
          "Eve Single",
          "EVlink Pro AC",
          "Wall Connector",
          "ePro",
          "Solo");

  static final List<String> STATUSES =
      List.of(
          "ACTIVE",
          "PENDING",
          "COMPLETED",
          "CANCELLED",
          "IN_PROGRESS",
          "ON_SUPPLY",
          "SUCCEEDED",
          "FAILED",
          "OPEN",
          "CLOSED",
          "SCHEDULED",
          "APPROVED");

  static final List<String> CATEGORIES =
      List.of(
          "STANDARD",
          "ELECTRICITY",
          "GAS",
          "DOMESTIC",
          "BUSINESS",
          "SMART",
          "DIRECT_DEBIT",
          "ONLINE",
          "DEFAULT",
          "PRIMARY",
          "RESIDENTIAL");

  private Catalogue() {}
}
