package dev.krakenmock.server.data;

// Everything the generator reads from a field's and its parent type's names, computed once per
// field: splitting and matching names costs more than generating most values. A field about
// another party ("agentContactEmail", "createdBy") describes someone other than its entity's own
// person, so its person is drawn from the field's seed.
record FieldProfile(
    FieldWords field,
    FieldWords parent,
    TextMeaning text,
    NumberMeaning number,
    TimeMeaning time,
    boolean otherParty) {

  static FieldProfile of(String parentType, String fieldName) {
    FieldWords field = FieldWords.ofField(fieldName);
    FieldWords parent = FieldWords.ofType(parentType);
    return new FieldProfile(
        field,
        parent,
        TextMeaning.of(field, parent),
        NumberMeaning.of(field),
        TimeMeaning.of(field),
        otherParty(field));
  }

  private static boolean otherParty(FieldWords field) {
    return field.endsWith("by")
        || field.hasAny(
            "agent",
            "assignee",
            "support",
            "sender",
            "referrer",
            "referee",
            "broker",
            "installer",
            "engineer",
            "operator",
            "author",
            "reviewer",
            "creator");
  }
}
