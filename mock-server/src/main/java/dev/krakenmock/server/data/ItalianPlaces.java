package dev.krakenmock.server.data;

import java.util.List;

// Real Italian places. Datafaker's Italian addresses are invented ("Borgo Fernando a mare",
// "Incrocio Ferretti 795"), and the API is Italy's: its province codes, CAPs and cadastral codes
// must look right whatever the locale.
final class ItalianPlaces {

  // A city's CAPs are the postcodeCount consecutive ones from firstPostcode: large cities have a
  // range (20121 to 20162 in Milan), the others one CAP.
  record Place(
      String city,
      String province,
      String region,
      String firstPostcode,
      int postcodeCount,
      String cadastralCode) {

    String postcode(SeededRandom random) {
      if (postcodeCount == 1) {
        return firstPostcode;
      }
      int offset = random.between(0, postcodeCount - 1);
      String number = Integer.toString(Integer.parseInt(firstPostcode) + offset);
      return "0".repeat(firstPostcode.length() - number.length()) + number;
    }

    boolean hasPostcode(String postcode) {
      if (postcode.length() != firstPostcode.length()
          || !postcode.chars().allMatch(Character::isDigit)) {
        return false;
      }
      int offset = Integer.parseInt(postcode) - Integer.parseInt(firstPostcode);
      return offset >= 0 && offset < postcodeCount;
    }
  }

  static final List<Place> PLACES =
      List.of(
          new Place("Roma", "RM", "Lazio", "00184", 6, "H501"),
          new Place("Milano", "MI", "Lombardia", "20121", 42, "F205"),
          new Place("Napoli", "NA", "Campania", "80121", 27, "F839"),
          new Place("Torino", "TO", "Piemonte", "10121", 36, "L219"),
          new Place("Palermo", "PA", "Sicilia", "90121", 31, "G273"),
          new Place("Genova", "GE", "Liguria", "16121", 9, "D969"),
          new Place("Bologna", "BO", "Emilia-Romagna", "40121", 21, "A944"),
          new Place("Firenze", "FI", "Toscana", "50121", 25, "D612"),
          new Place("Bari", "BA", "Puglia", "70121", 12, "A662"),
          new Place("Catania", "CT", "Sicilia", "95121", 11, "C351"),
          new Place("Venezia", "VE", "Veneto", "30121", 6, "L736"),
          new Place("Verona", "VR", "Veneto", "37121", 22, "L781"),
          new Place("Messina", "ME", "Sicilia", "98121", 8, "F158"),
          new Place("Padova", "PD", "Veneto", "35121", 23, "G224"),
          new Place("Trieste", "TS", "Friuli-Venezia Giulia", "34121", 31, "L424"),
          new Place("Brescia", "BS", "Lombardia", "25121", 16, "B157"),
          new Place("Parma", "PR", "Emilia-Romagna", "43121", 6, "G337"),
          new Place("Taranto", "TA", "Puglia", "74121", 3, "L049"),
          new Place("Prato", "PO", "Toscana", "59100", 1, "G999"),
          new Place("Modena", "MO", "Emilia-Romagna", "41121", 6, "F257"),
          new Place("Reggio Calabria", "RC", "Calabria", "89121", 15, "H224"),
          new Place("Reggio Emilia", "RE", "Emilia-Romagna", "42121", 4, "H223"),
          new Place("Perugia", "PG", "Umbria", "06121", 15, "G478"),
          new Place("Livorno", "LI", "Toscana", "57121", 8, "E625"),
          new Place("Ravenna", "RA", "Emilia-Romagna", "48121", 5, "H199"),
          new Place("Cagliari", "CA", "Sardegna", "09121", 14, "B354"),
          new Place("Foggia", "FG", "Puglia", "71121", 2, "D643"),
          new Place("Rimini", "RN", "Emilia-Romagna", "47921", 4, "H294"),
          new Place("Salerno", "SA", "Campania", "84121", 15, "H703"),
          new Place("Ferrara", "FE", "Emilia-Romagna", "44121", 4, "D548"),
          new Place("Sassari", "SS", "Sardegna", "07100", 1, "I452"),
          new Place("Latina", "LT", "Lazio", "04100", 1, "E472"),
          new Place("Monza", "MB", "Lombardia", "20900", 1, "F704"),
          new Place("Bergamo", "BG", "Lombardia", "24121", 9, "A794"),
          new Place("Pescara", "PE", "Abruzzo", "65121", 9, "G482"),
          new Place("Trento", "TN", "Trentino-Alto Adige", "38121", 3, "L378"),
          new Place("Bolzano", "BZ", "Trentino-Alto Adige", "39100", 1, "A952"),
          new Place("Vicenza", "VI", "Veneto", "36100", 1, "L840"),
          new Place("Novara", "NO", "Piemonte", "28100", 1, "F952"),
          new Place("Ancona", "AN", "Marche", "60121", 11, "A271"),
          new Place("Como", "CO", "Lombardia", "22100", 1, "C933"),
          new Place("Udine", "UD", "Friuli-Venezia Giulia", "33100", 1, "L483"),
          new Place("Lecce", "LE", "Puglia", "73100", 1, "E506"),
          new Place("Pisa", "PI", "Toscana", "56121", 8, "G702"),
          new Place("Siena", "SI", "Toscana", "53100", 1, "I726"),
          new Place("Aosta", "AO", "Valle d'Aosta", "11100", 1, "A326"),
          new Place("Potenza", "PZ", "Basilicata", "85100", 1, "G942"),
          new Place("Campobasso", "CB", "Molise", "86100", 1, "B519"),
          new Place("L'Aquila", "AQ", "Abruzzo", "67100", 1, "A345"),
          new Place("Catanzaro", "CZ", "Calabria", "88100", 1, "C352"),
          new Place("Cosenza", "CS", "Calabria", "87100", 1, "D086"),
          new Place("Varese", "VA", "Lombardia", "21100", 1, "L682"),
          new Place("Treviso", "TV", "Veneto", "31100", 1, "L407"),
          new Place("Alessandria", "AL", "Piemonte", "15121", 2, "A182"),
          new Place("Lucca", "LU", "Toscana", "55100", 1, "E715"),
          new Place("Arezzo", "AR", "Toscana", "52100", 1, "A390"));

  static final List<String> REGIONS =
      List.of(
          "Abruzzo",
          "Basilicata",
          "Calabria",
          "Campania",
          "Emilia-Romagna",
          "Friuli-Venezia Giulia",
          "Lazio",
          "Liguria",
          "Lombardia",
          "Marche",
          "Molise",
          "Piemonte",
          "Puglia",
          "Sardegna",
          "Sicilia",
          "Toscana",
          "Trentino-Alto Adige",
          "Umbria",
          "Valle d'Aosta",
          "Veneto");

  // "Via" is by far the most common odonym; the list repeats it to weight it.
  private static final List<String> STREET_KINDS =
      List.of("Via", "Via", "Via", "Via", "Via", "Viale", "Piazza", "Corso", "Largo", "Vicolo");

  private static final List<String> STREET_NAMES =
      List.of(
          "Roma",
          "Garibaldi",
          "Giuseppe Mazzini",
          "Cavour",
          "Dante Alighieri",
          "Giuseppe Verdi",
          "XX Settembre",
          "Vittorio Emanuele II",
          "Alessandro Manzoni",
          "Guglielmo Marconi",
          "Giacomo Matteotti",
          "Antonio Gramsci",
          "della Repubblica",
          "dei Mille",
          "Giacomo Leopardi",
          "IV Novembre",
          "XXV Aprile",
          "Milano",
          "Torino",
          "Trieste",
          "Venezia",
          "Nazionale",
          "della Libertà",
          "Europa",
          "San Francesco",
          "Galileo Galilei",
          "Cristoforo Colombo",
          "Aldo Moro",
          "Umberto I",
          "Trento",
          "Santa Maria",
          "del Popolo",
          "Giovanni Pascoli",
          "Ugo Foscolo",
          "Luigi Pirandello",
          "delle Rose",
          "dei Pini",
          "Enrico Fermi",
          "Alcide De Gasperi",
          "San Giovanni Bosco");

  private ItalianPlaces() {}

  static Place place(SeededRandom random) {
    return random.pick(PLACES);
  }

  // What follows the street on an Italian envelope: the staircase, the flat or the floor.
  static String secondLine(SeededRandom random) {
    return switch (random.between(0, 2)) {
      case 0 -> "Interno " + random.between(1, 40);
      case 1 ->
          "Scala " + (char) ('A' + random.between(0, 3)) + ", Interno " + random.between(1, 30);
      default -> "Piano " + random.between(1, 8);
    };
  }

  static String street(SeededRandom random) {
    return random.pick(STREET_KINDS)
        + " "
        + random.pick(STREET_NAMES)
        + " "
        + random.between(1, 180);
  }
}
