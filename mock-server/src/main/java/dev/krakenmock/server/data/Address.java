package dev.krakenmock.server.data;

// The address behind an entity's fields: the street, postcode, city, province and region of one
// real place, and the same place written on a single line.
record Address(
    ItalianPlaces.Place place,
    String street,
    String secondLine,
    String postcode,
    String city,
    String region,
    String singleLine) {

  String province() {
    return place.province();
  }
}
