package dev.krakenmock.server.scenario;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A condition on one value of a request (an argument, a variable, a header, the operation's name):
 * an exact value, a regular expression, or presence. A value that is {@code null} counts as absent.
 */
public sealed interface ValueMatcher {

  /** Whether {@code value} satisfies the condition; {@code null} stands for an absent value. */
  boolean matches(@Nullable Object value);

  /** The condition as written in a scenario file, for the admin API. */
  Object describe();

  static ValueMatcher equalTo(@Nullable Object expected) {
    return new EqualTo(expected);
  }

  static ValueMatcher regex(String pattern) {
    return new Regex(Pattern.compile(pattern));
  }

  static ValueMatcher absent(boolean absent) {
    return new Presence(absent);
  }

  /**
   * Equal as JSON values: scalars by their text (so that {@code 42} matches the ID {@code "42"}
   * and {@code 1.50} matches {@code 1.5}), objects by their entries, lists element by element.
   */
  record EqualTo(@Nullable Object expected) implements ValueMatcher {

    @Override
    public boolean matches(@Nullable Object value) {
      return sameJson(expected, value);
    }

    /** The value itself, wrapped in {@code equalTo} only when it would read as a matcher. */
    @Override
    public Object describe() {
      if (expected == null) {
        return Map.of("absent", true);
      }
      boolean looksLikeMatcher = expected instanceof Map<?, ?> map && map.size() == 1
          && (map.containsKey("regex") || map.containsKey("absent") || map.containsKey("equalTo"));
      return looksLikeMatcher ? Map.of("equalTo", expected) : expected;
    }

    private static boolean sameJson(@Nullable Object left, @Nullable Object right) {
      if (left == null || right == null) {
        return left == right;
      }
      if (left instanceof Map<?, ?> leftMap && right instanceof Map<?, ?> rightMap) {
        return sameEntries(leftMap, rightMap);
      }
      if (left instanceof List<?> leftList && right instanceof List<?> rightList) {
        return sameElements(leftList, rightList);
      }
      if (left instanceof Map<?, ?> || left instanceof List<?> || right instanceof Map<?, ?>
          || right instanceof List<?>) {
        return false;
      }
      return text(left).equals(text(right));
    }

    private static boolean sameEntries(Map<?, ?> left, Map<?, ?> right) {
      if (left.size() != right.size()) {
        return false;
      }
      for (Map.Entry<?, ?> entry : left.entrySet()) {
        if (!right.containsKey(entry.getKey())
            || !sameJson(entry.getValue(), right.get(entry.getKey()))) {
          return false;
        }
      }
      return true;
    }

    private static boolean sameElements(List<?> left, List<?> right) {
      if (left.size() != right.size()) {
        return false;
      }
      Iterator<?> others = right.iterator();
      for (Object element : left) {
        if (!sameJson(element, others.next())) {
          return false;
        }
      }
      return true;
    }
  }

  /** The whole text of a scalar matches the pattern; objects, lists and absent values never do. */
  record Regex(Pattern pattern) implements ValueMatcher {

    public Regex {
      Objects.requireNonNull(pattern, "pattern");
    }

    @Override
    public boolean matches(@Nullable Object value) {
      if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) {
        return false;
      }
      return pattern.matcher(text(value)).matches();
    }

    @Override
    public Object describe() {
      return Map.of("regex", pattern.pattern());
    }
  }

  /** The value is absent (or null) when {@code absent} is true, present otherwise. */
  record Presence(boolean absent) implements ValueMatcher {

    @Override
    public boolean matches(@Nullable Object value) {
      return absent == (value == null);
    }

    @Override
    public Object describe() {
      return Map.of("absent", absent);
    }
  }

  /** The text of a scalar, numbers without trailing zeros or exponent. */
  private static String text(Object scalar) {
    if (scalar instanceof Number number) {
      try {
        return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
      } catch (NumberFormatException e) {
        // NaN and infinities have no decimal form.
        return number.toString();
      }
    }
    return scalar.toString();
  }
}
