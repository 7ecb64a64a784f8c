package dev.krakenmock.server.scenario;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value computed on first use, once, then kept: for the parts of the registry that a server may
 * never need (the JSON Schema validator of scenario files, the built-in scenarios), so that they do
 * not lengthen its start.
 */
final class Lazy<T> implements Supplier<T> {

  private @Nullable Supplier<T> computation;
  private volatile @Nullable T value;

  Lazy(Supplier<T> computation) {
    this.computation = Objects.requireNonNull(computation, "computation");
  }

  /** A value known already. */
  static <T> Lazy<T> of(T value) {
    Lazy<T> known = new Lazy<>(() -> value);
    known.get();
    return known;
  }

  @Override
  public T get() {
    T known = value;
    if (known != null) {
      return known;
    }
    synchronized (this) {
      if (value == null) {
        value = Objects.requireNonNull(Objects.requireNonNull(computation).get(), "value");
        computation = null;
      }
      return Objects.requireNonNull(value);
    }
  }

  /** Whether the value has been computed. */
  boolean isComputed() {
    return value != null;
  }
}
