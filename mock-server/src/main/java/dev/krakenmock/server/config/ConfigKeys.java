package dev.krakenmock.server.config;

/**
 * Every setting that can be given outside code, as a system property and as an environment
 * variable. A system property wins over the environment variable; a command-line flag wins over
 * both.
 */
public final class ConfigKeys {

  /** The address to bind to, for example {@code 127.0.0.1}. */
  public static final String HOST = "kraken.mock.host";

  public static final String HOST_ENV = "KRAKEN_MOCK_HOST";

  /** The TCP port to listen on; {@code 0} picks a free port. */
  public static final String PORT = "kraken.mock.port";

  public static final String PORT_ENV = "KRAKEN_MOCK_PORT";

  /** The seed of generated data (a whole number). */
  public static final String SEED = "kraken.mock.seed";

  public static final String SEED_ENV = "KRAKEN_MOCK_SEED";

  /** The locale of generated data, a language tag such as {@code it} or {@code en-GB}. */
  public static final String LOCALE = "kraken.mock.locale";

  public static final String LOCALE_ENV = "KRAKEN_MOCK_LOCALE";

  /** An SDL or introspection JSON file to serve instead of the reference's schema. */
  public static final String SCHEMA = "kraken.mock.schema";

  public static final String SCHEMA_ENV = "KRAKEN_MOCK_SCHEMA";

  /** {@code true} to reject selections the reference does not document. */
  public static final String STRICT = "kraken.mock.strict";

  public static final String STRICT_ENV = "KRAKEN_MOCK_STRICT";

  /** {@code false} to answer query fields without a token, whatever their permissions. */
  public static final String AUTH = "kraken.mock.auth";

  public static final String AUTH_ENV = "KRAKEN_MOCK_AUTH";

  /** A folder of scenario files to load and watch. */
  public static final String SCENARIOS = "kraken.mock.scenarios";

  public static final String SCENARIOS_ENV = "KRAKEN_MOCK_SCENARIOS";

  /** The largest query complexity accepted. */
  public static final String MAX_QUERY_COMPLEXITY = "kraken.mock.max-query-complexity";

  public static final String MAX_QUERY_COMPLEXITY_ENV = "KRAKEN_MOCK_MAX_QUERY_COMPLEXITY";

  /** The most nodes a response may hold. */
  public static final String MAX_QUERY_NODES = "kraken.mock.max-query-nodes";

  public static final String MAX_QUERY_NODES_ENV = "KRAKEN_MOCK_MAX_QUERY_NODES";

  /** {@code true} to enforce the reference's rate limits and the points allowance. */
  public static final String RATE_LIMITS = "kraken.mock.rate-limits";

  public static final String RATE_LIMITS_ENV = "KRAKEN_MOCK_RATE_LIMITS";

  /** {@code true} to fail fields past their removal date with KT-CT-1113. */
  public static final String DISABLE_REMOVED_FIELDS = "kraken.mock.disable-removed-fields";

  public static final String DISABLE_REMOVED_FIELDS_ENV = "KRAKEN_MOCK_DISABLE_REMOVED_FIELDS";

  /** A delay for every answer, in milliseconds, or a range such as {@code 100-400}. */
  public static final String LATENCY = "kraken.mock.latency";

  public static final String LATENCY_ENV = "KRAKEN_MOCK_LATENCY";

  /** The length of generated lists. */
  public static final String LIST_SIZE = "kraken.mock.list-size";

  public static final String LIST_SIZE_ENV = "KRAKEN_MOCK_LIST_SIZE";

  /** The number of nodes in generated connections. */
  public static final String CONNECTION_SIZE = "kraken.mock.connection-size";

  public static final String CONNECTION_SIZE_ENV = "KRAKEN_MOCK_CONNECTION_SIZE";

  /** Allowed CORS origins: {@code *}, a comma-separated list, or {@code off}. */
  public static final String CORS_ORIGINS = "kraken.mock.cors-origins";

  public static final String CORS_ORIGINS_ENV = "KRAKEN_MOCK_CORS_ORIGINS";

  /** The largest request body, in bytes. */
  public static final String MAX_BODY_BYTES = "kraken.mock.max-body-bytes";

  public static final String MAX_BODY_BYTES_ENV = "KRAKEN_MOCK_MAX_BODY_BYTES";

  /** The deepest selection a query may have. */
  public static final String MAX_QUERY_DEPTH = "kraken.mock.max-query-depth";

  public static final String MAX_QUERY_DEPTH_ENV = "KRAKEN_MOCK_MAX_QUERY_DEPTH";

  /** The most tokens a query document may have. */
  public static final String MAX_QUERY_TOKENS = "kraken.mock.max-query-tokens";

  public static final String MAX_QUERY_TOKENS_ENV = "KRAKEN_MOCK_MAX_QUERY_TOKENS";

  /** How long issued tokens stay valid: ISO-8601 ({@code PT1H}) or a shorthand ({@code 60m}). */
  public static final String TOKEN_LIFETIME = "kraken.mock.token-lifetime";

  public static final String TOKEN_LIFETIME_ENV = "KRAKEN_MOCK_TOKEN_LIFETIME";

  /** How long issued refresh tokens stay valid, in the format of {@link #TOKEN_LIFETIME}. */
  public static final String REFRESH_TOKEN_LIFETIME = "kraken.mock.refresh-token-lifetime";

  public static final String REFRESH_TOKEN_LIFETIME_ENV = "KRAKEN_MOCK_REFRESH_TOKEN_LIFETIME";

  /** How many requests the journal keeps per session; {@code 0} turns it off. */
  public static final String JOURNAL_SIZE = "kraken.mock.journal-size";

  public static final String JOURNAL_SIZE_ENV = "KRAKEN_MOCK_JOURNAL_SIZE";

  /** A real instance's GraphQL URL: forward every request to it and record its answers. */
  public static final String RECORD_FROM = "kraken.mock.record-from";

  public static final String RECORD_FROM_ENV = "KRAKEN_MOCK_RECORD_FROM";

  /** The token sent to {@link #RECORD_FROM} as {@code Authorization: JWT <token>}. */
  public static final String TOKEN = "kraken.mock.token";

  public static final String TOKEN_ENV = "KRAKEN_MOCK_TOKEN";

  /** The folder recorded fixtures are written to. */
  public static final String RECORD_TO = "kraken.mock.record-to";

  public static final String RECORD_TO_ENV = "KRAKEN_MOCK_RECORD_TO";

  /** A folder of fixture files to load over the built-in ones and watch. */
  public static final String FIXTURES = "kraken.mock.fixtures";

  public static final String FIXTURES_ENV = "KRAKEN_MOCK_FIXTURES";

  /** {@code true} to leave out the built-in fixtures (the demo data set). */
  public static final String NO_DEMO_DATA = "kraken.mock.no-demo-data";

  public static final String NO_DEMO_DATA_ENV = "KRAKEN_MOCK_NO_DEMO_DATA";

  private ConfigKeys() {}
}
