package dev.krakenmock.server.data;

import java.util.List;

// Real Italian places. Datafaker's Italian addresses are invented ("Borgo Fernando a mare",
// "Incrocio Ferretti 795"), and the API is Italy's: its province codes, CAPs and cadastral codes
// must look right whatever the locale.
final class ItalianPlaces {

  record Place(
      String city, String province, String region, String postcode, String cadastralCode) {}

  static final List<Place> PLACES =
      List.of(
          new Place("Roma", "RM", "Lazio", "00184", "H501"),
          new Place("Milano", "MI", "Lombardia", "20121", "F205"),
          new Place("Napoli", "NA", "Campania", "80133", "F839"),
          new Place("Torino", "TO", "Piemonte", "10121", "L219"),
          new Place("Palermo", "PA", "Sicilia", "90133", "G273"),
          new Place("Genova", "GE", "Liguria", "16121", "D969"),
          new Place("Bologna", "BO", "Emilia-Romagna", "40121", "A944"),
          new Place("Firenze", "FI", "Toscana", "50122", "D612"),
          new Place("Bari", "BA", "Puglia", "70121", "A662"),
          new Place("Catania", "CT", "Sicilia", "95124", "C351"),
          new Place("Venezia", "VE", "Veneto", "30121", "L736"),
          new Place("Verona", "VR", "Veneto", "37121", "L781"),
          new Place("Messina", "ME", "Sicilia", "98122", "F158"),
          new Place("Padova", "PD", "Veneto", "35122", "G224"),
          new Place("Trieste", "TS", "Friuli-Venezia Giulia", "34121", "L424"),
          new Place("Brescia", "BS", "Lombardia", "25121", "B157"),
          new Place("Parma", "PR", "Emilia-Romagna", "43121", "G337"),
          new Place("Taranto", "TA", "Puglia", "74123", "L049"),
          new Place("Prato", "PO", "Toscana", "59100", "G999"),
          new Place("Modena", "MO", "Emilia-Romagna", "41121", "F257"),
          new Place("Reggio Calabria", "RC", "Calabria", "89127", "H224"),
          new Place("Reggio Emilia", "RE", "Emilia-Romagna", "42121", "H223"),
          new Place("Perugia", "PG", "Umbria", "06121", "G478"),
          new Place("Livorno", "LI", "Toscana", "57123", "E625"),
          new Place("Ravenna", "RA", "Emilia-Romagna", "48121", "H199"),
          new Place("Cagliari", "CA", "Sardegna", "09124", "B354"),
          new Place("Foggia", "FG", "Puglia", "71121", "D643"),
          new Place("Rimini", "RN", "Emilia-Romagna", "47921", "H294"),
          new Place("Salerno", "SA", "Campania", "84121", "H703"),
          new Place("Ferrara", "FE", "Emilia-Romagna", "44121", "D548"),
          new Place("Sassari", "SS", "Sardegna", "07100", "I452"),
          new Place("Latina", "LT", "Lazio", "04100", "E472"),
          new Place("Monza", "MB", "Lombardia", "20900", "F704"),
          new Place("Bergamo", "BG", "Lombardia", "24121", "A794"),
          new Place("Pescara", "PE", "Abruzzo", "65121", "G482"),
          new Place("Trento", "TN", "Trentino-Alto Adige", "38122", "L378"),
          new Place("Bolzano", "BZ", "Trentino-Alto Adige", "39100", "A952"),
          new Place("Vicenza", "VI", "Veneto", "36100", "L840"),
          new Place("Novara", "NO", "Piemonte", "28100", "F952"),
          new Place("Ancona", "AN", "Marche", "60121", "A271"),
          new Place("Como", "CO", "Lombardia", "22100", "C933"),
          new Place("Udine", "UD", "Friuli-Venezia Giulia", "33100", "L483"),
          new Place("Lecce", "LE", "Puglia", "73100", "E506"),
          new Place("Pisa", "PI", "Toscana", "56125", "G702"),
          new Place("Siena", "SI", "Toscana", "53100", "I726"),
          new Place("Aosta", "AO", "Valle d'Aosta", "11100", "A326"),
          new Place("Potenza", "PZ", "Basilicata", "85100", "G942"),
          new Place("Campobasso", "CB", "Molise", "86100", "B519"),
          new Place("L'Aquila", "AQ", "Abruzzo", "67100", "A345"),
          new Place("Catanzaro", "CZ", "Calabria", "88100", "C352"),
          new Place("Cosenza", "CS", "Calabria", "87100", "D086"),
          new Place("Varese", "VA", "Lombardia", "21100", "L682"),
          new Place("Treviso", "TV", "Veneto", "31100", "L407"),
          new Place("Alessandria", "AL", "Piemonte", "15121", "A182"),
          new Place("Lucca", "LU", "Toscana", "55100", "E715"),
          new Place("Arezzo", "AR", "Toscana", "52100", "A390"));

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

  static String street(SeededRandom random) {
    return random.pick(STREET_KINDS)
        + " "
        + random.pick(STREET_NAMES)
        + " "
        + random.between(1, 180);
  }

  // Large cities have a range of CAPs (20121-20162 in Milan); the last digits vary within it.
  static String postcode(SeededRandom random) {
    String base = place(random).postcode();
    if (!base.endsWith("21")) {
      return base;
    }
    int last = Integer.parseInt(base.substring(3)) + random.between(0, 30);
    return base.substring(0, 3) + last;
  }
}
