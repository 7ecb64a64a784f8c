package dev.krakenmock.server.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

// The lowercase words of a camelCase (or snake_case) GraphQL name: "billingAddressLine1" is
// [billing, address, line, 1], "IBAN" is [iban]. Rules match whole words, so "capacity" never
// reads as "cap". A type name loses its "Type" suffix: "AccountType" is [account].
record FieldWords(List<String> words) {

  FieldWords {
    words = List.copyOf(words);
  }

  static FieldWords ofField(String name) {
    return new FieldWords(split(name));
  }

  static FieldWords ofType(String typeName) {
    List<String> words = split(typeName);
    if (words.size() > 1 && words.get(words.size() - 1).equals("type")) {
      words.remove(words.size() - 1);
    }
    return new FieldWords(words);
  }

  // Plurals count: "days" has "day", "linkedAccountNumbers" ends with "account", "number".
  boolean has(String word) {
    for (String each : words) {
      if (matches(each, word)) {
        return true;
      }
    }
    return false;
  }

  boolean hasAny(String... candidates) {
    for (String candidate : candidates) {
      if (has(candidate)) {
        return true;
      }
    }
    return false;
  }

  boolean hasAll(String... candidates) {
    for (String candidate : candidates) {
      if (!has(candidate)) {
        return false;
      }
    }
    return true;
  }

  boolean endsWith(String... tail) {
    int offset = words.size() - tail.length;
    if (offset < 0) {
      return false;
    }
    for (int i = 0; i < tail.length; i++) {
      if (!matches(words.get(offset + i), tail[i])) {
        return false;
      }
    }
    return true;
  }

  boolean is(String... all) {
    return words.size() == all.length && endsWith(all);
  }

  boolean startsWith(String word) {
    return !words.isEmpty() && words.get(0).equals(word);
  }

  String last() {
    return words.isEmpty() ? "" : words.get(words.size() - 1);
  }

  // ESP for ElectricitySupplyPointType: the prefix of keys that have no known format.
  String initials() {
    StringBuilder out = new StringBuilder(words.size());
    for (String word : words) {
      if (Character.isLetter(word.charAt(0))) {
        out.append(Character.toUpperCase(word.charAt(0)));
      }
    }
    return out.length() == 0 ? "X" : out.toString();
  }

  private static boolean matches(String actual, String expected) {
    return actual.equals(expected)
        || actual.length() == expected.length() + 1
            && actual.endsWith("s")
            && actual.startsWith(expected);
  }

  private static List<String> split(String name) {
    List<String> words = new ArrayList<>(4);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(word, words);
        continue;
      }
      if (startsWord(name, i) && word.length() > 0) {
        flush(word, words);
      }
      word.append(c);
    }
    flush(word, words);
    return words;
  }

  // A word starts at an upper-case letter after a lower-case one ("billingEmail"), at the last
  // capital of an acronym before lower case ("IBANCode" -> IBAN, Code), and where letters and
  // digits meet ("addressLine1").
  private static boolean startsWord(String name, int i) {
    if (i == 0) {
      return false;
    }
    char previous = name.charAt(i - 1);
    char c = name.charAt(i);
    if (Character.isDigit(c) != Character.isDigit(previous)) {
      return true;
    }
    if (!Character.isUpperCase(c)) {
      return false;
    }
    if (Character.isLowerCase(previous)) {
      return true;
    }
    return Character.isUpperCase(previous)
        && i + 1 < name.length()
        && Character.isLowerCase(name.charAt(i + 1));
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
      word.setLength(0);
    }
  }
}
