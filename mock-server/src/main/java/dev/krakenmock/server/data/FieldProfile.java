package dev.krakenmock.server.data;

// Everything the generator reads from a field's and its parent type's names, computed once per
// field: splitting and matching names costs more than generating most values.
record FieldProfile(
    FieldWords field, FieldWords parent, TextMeaning text, NumberMeaning number, TimeMeaning time) {

  static FieldProfile of(String parentType, String fieldName) {
    FieldWords field = FieldWords.ofField(fieldName);
    FieldWords parent = FieldWords.ofType(parentType);
    return new FieldProfile(
        field,
        parent,
        TextMeaning.of(field, parent),
        NumberMeaning.of(field),
        TimeMeaning.of(field));
  }
}
