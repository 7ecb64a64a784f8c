package dev.krakenmock.contract.conformance;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.format.Format;
import dev.krakenmock.schema.sdl.KrakenScalars;
import java.util.List;

/**
 * A JSON Schema {@code format} named after a Kraken scalar ({@code "format": "DateTime"}), which
 * holds when {@link KrakenScalars#fits} says the value is in Kraken's wire format.
 */
final class KrakenScalarFormat implements Format {

  /** The scalars with a wire format. */
  static final List<String> SCALARS =
      List.of("Date", "DateTime", "Decimal", "UUID", "NonEmptyString");

  private final String scalar;

  KrakenScalarFormat(String scalar) {
    this.scalar = scalar;
  }

  @Override
  public String getName() {
    return scalar;
  }

  @Override
  public boolean matches(ExecutionContext context, String value) {
    return KrakenScalars.fits(scalar, value);
  }
}
