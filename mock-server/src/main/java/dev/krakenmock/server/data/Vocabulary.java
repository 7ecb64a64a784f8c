package dev.krakenmock.server.data;

import java.util.List;
import java.util.Locale;

// Words of the energy business for prose fields, where Datafaker only offers Latin lorem ipsum.
// Italian for an Italian locale, English otherwise. The Italian predicates avoid past participles
// so that they agree with subjects of either gender.
record Vocabulary(
    List<String> subjects,
    List<String> predicates,
    List<String> complements,
    List<String> titles,
    List<String> words) {

  static final Vocabulary ITALIAN =
      new Vocabulary(
          List.of(
              "La bolletta",
              "La lettura del contatore",
              "Il pagamento",
              "La fornitura",
              "Il contratto",
              "L'autolettura",
              "Il rimborso",
              "La richiesta",
              "La domiciliazione bancaria",
              "L'offerta",
              "Il cambio di fornitore",
              "La voltura"),
          List.of(
              "è in lavorazione",
              "è in attesa di conferma",
              "è in corso di verifica",
              "sarà disponibile a breve",
              "è visibile nell'area riservata",
              "richiede un'azione del cliente",
              "è in carico al nostro team"),
          List.of(
              "",
              " da parte del distributore",
              " entro 5 giorni lavorativi",
              " per il periodo di fornitura corrente",
              " come previsto dal contratto"),
          List.of(
              "Avviso di pagamento",
              "Bolletta del mese",
              "Promemoria autolettura",
              "Conferma di attivazione",
              "Riepilogo dei consumi",
              "Aggiornamento tariffa",
              "Benvenuto in Octopus",
              "Comunicazione sulla fornitura",
              "Offerta rinnovata",
              "Rimborso in arrivo",
              "Conguaglio annuale",
              "Richiesta di voltura"),
          List.of(
              "energia",
              "bolletta",
              "contatore",
              "fornitura",
              "lettura",
              "tariffa",
              "consumo",
              "offerta",
              "contratto",
              "pagamento",
              "cliente",
              "utenza",
              "rete",
              "impianto",
              "pannello",
              "accumulo",
              "conguaglio",
              "rimborso",
              "autolettura",
              "potenza",
              "sconto",
              "luce",
              "gas",
              "domiciliazione",
              "scadenza",
              "voltura",
              "subentro",
              "allaccio",
              "fascia",
              "ricarica"));

  static final Vocabulary ENGLISH =
      new Vocabulary(
          List.of(
              "The bill",
              "The meter reading",
              "The payment",
              "The supply",
              "The contract",
              "The refund",
              "The request",
              "The direct debit",
              "The quote",
              "The switch",
              "The account review",
              "The tariff change"),
          List.of(
              "is being processed",
              "is awaiting confirmation",
              "is under review",
              "will be available shortly",
              "can be seen in the online account",
              "needs an action from the customer",
              "is with our team"),
          List.of(
              "",
              " by the distributor",
              " within 5 working days",
              " for the current billing period",
              " as agreed in the contract"),
          List.of(
              "Payment reminder",
              "Your monthly bill",
              "Meter reading reminder",
              "Supply confirmation",
              "Usage summary",
              "Tariff update",
              "Welcome to Octopus",
              "About your supply",
              "Renewal offer",
              "Refund on its way",
              "Annual reconciliation",
              "Change of tenancy"),
          List.of(
              "energy",
              "bill",
              "meter",
              "supply",
              "reading",
              "tariff",
              "usage",
              "offer",
              "contract",
              "payment",
              "customer",
              "account",
              "grid",
              "solar",
              "battery",
              "credit",
              "refund",
              "discount",
              "power",
              "gas",
              "export",
              "smart",
              "flex",
              "charge",
              "standing",
              "heat",
              "pump",
              "rate",
              "unit",
              "balance"));

  Vocabulary {
    subjects = List.copyOf(subjects);
    predicates = List.copyOf(predicates);
    complements = List.copyOf(complements);
    titles = List.copyOf(titles);
    words = List.copyOf(words);
  }

  static Vocabulary of(Locale locale) {
    return "it".equals(locale.getLanguage()) ? ITALIAN : ENGLISH;
  }

  String sentence(SeededRandom random) {
    return random.pick(subjects) + " " + random.pick(predicates) + random.pick(complements) + ".";
  }

  String wordOrTwo(SeededRandom random) {
    String first = random.pick(words);
    if (random.nextBoolean()) {
      return first;
    }
    String second = random.pick(words);
    return second.equals(first) ? first : first + " " + second;
  }
}
