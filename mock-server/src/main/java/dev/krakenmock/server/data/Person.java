package dev.krakenmock.server.data;

import java.time.LocalDate;

// The person behind an entity's fields: its names, title, pronouns, birth date and birthplace,
// username, email and codice fiscale all describe the same someone. The email and the codice
// fiscale are worked out when asked for, as most fields need neither.
record Person(
    String givenName,
    String familyName,
    boolean female,
    String honorific,
    String pronouns,
    LocalDate birthDate,
    ItalianPlaces.Place birthplace,
    String username,
    String emailDomain) {

  String fullName() {
    return givenName + " " + familyName;
  }

  String email() {
    return username + "@" + emailDomain;
  }

  String fiscalCode() {
    return ItalianIdentifiers.fiscalCode(
        familyName, givenName, birthDate, female, birthplace.cadastralCode());
  }
}
