package dev.krakenmock.contract.support;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Every setting of the contract suite. Each is a system property ({@code kraken.url}) and an
 * environment variable ({@code KRAKEN_URL}); a non-blank property wins over the variable.
 */
public enum SuiteSetting {
  /** The GraphQL endpoint to judge. Without it the suite starts the mock's jar. */
  URL("kraken.url"),
  /** The value of the {@code Authorization} header, sent raw as Kraken expects it. */
  TOKEN("kraken.token"),
  /** The mock server's runnable jar, started when no URL is given. */
  MOCK_JAR("kraken.mock.jar"),
  /** Where the markdown summary is written. Default {@code target/contract-report.md}. */
  REPORT("kraken.report"),
  /** The seed of the generated queries. Default {@code 20240917}. */
  GENERATED_SEED("kraken.generated.seed"),
  /** How many queries are generated. Default {@code 200}. */
  GENERATED_COUNT("kraken.generated.count");

  private final String property;

  SuiteSetting(String property) {
    this.property = property;
  }

  /** The system property, e.g. {@code kraken.url}. */
  public String property() {
    return property;
  }

  /** The environment variable, e.g. {@code KRAKEN_URL}. */
  public String environmentVariable() {
    return property.replace('.', '_').toUpperCase(Locale.ROOT);
  }

  /** The setting's value, trimmed; empty when neither the property nor the variable is set. */
  public Optional<String> lookup(Map<String, String> environment, Properties properties) {
    String value = properties.getProperty(property);
    if (value == null || value.isBlank()) {
      value = environment.get(environmentVariable());
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  /** The setting's value in this JVM's system properties and environment. */
  public Optional<String> lookup() {
    return lookup(System.getenv(), System.getProperties());
  }
}
