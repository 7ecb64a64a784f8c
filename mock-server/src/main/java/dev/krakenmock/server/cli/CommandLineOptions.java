package dev.krakenmock.server.cli;

import dev.krakenmock.server.config.ConfigKeys;
import dev.krakenmock.server.config.MockServerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The flags of {@code kraken-mock}, one for each setting of {@link MockServerConfig} but the clock.
 * A flag wins over its system property, which wins over its environment variable.
 */
final class CommandLineOptions {

  private static final String FALLS_BACK = "Falls back to -D";

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description = {
        "Address to bind to; 0.0.0.0 listens on every interface.",
        FALLS_BACK
            + ConfigKeys.HOST
            + ", then $"
            + ConfigKeys.HOST_ENV
            + ", then "
            + MockServerConfig.DEFAULT_HOST
            + "."
      })
  @Nullable String host;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = {
        "TCP port to listen on; 0 picks a free one.",
        FALLS_BACK
            + ConfigKeys.PORT
            + ", then $"
            + ConfigKeys.PORT_ENV
            + ", then "
            + MockServerConfig.DEFAULT_PORT
            + "."
      })
  @Nullable Integer port;

  @Option(
      names = "--seed",
      paramLabel = "NUMBER",
      description = {
        "Seed of generated data and of token keys: the same seed gives the same answers.",
        FALLS_BACK
            + ConfigKeys.SEED
            + ", then $"
            + ConfigKeys.SEED_ENV
            + ", then "
            + MockServerConfig.DEFAULT_SEED
            + "."
      })
  @Nullable Long seed;

  @Option(
      names = "--locale",
      paramLabel = "TAG",
      description = {
        "Locale of generated names, addresses and words, a language tag such as it or en-GB.",
        FALLS_BACK
            + ConfigKeys.LOCALE
            + ", then $"
            + ConfigKeys.LOCALE_ENV
            + ", then "
            + MockServerConfig.DEFAULT_LOCALE
            + "."
      })
  @Nullable String locale;

  @Option(
      names = "--schema",
      paramLabel = "FILE",
      description = {
        "SDL or introspection JSON file to serve instead of the generated Kraken schema.",
        FALLS_BACK
            + ConfigKeys.SCHEMA
            + ", then $"
            + ConfigKeys.SCHEMA_ENV
            + ", then the generated schema."
      })
  @Nullable Path schema;

  @Option(
      names = "--strict",
      negatable = true,
      description = {
        "Reject selections the reference does not document, as the real API rejects unknown"
            + " fields.",
        FALLS_BACK + ConfigKeys.STRICT + ", then $" + ConfigKeys.STRICT_ENV + ", then lenient."
      })
  @Nullable Boolean strict;

  @Option(
      names = "--auth",
      negatable = true,
      description = {
        "Require a token from obtainKrakenToken, with the permissions the reference lists, on"
            + " query fields, as the real API does (--no-auth answers without one).",
        FALLS_BACK + ConfigKeys.AUTH + ", then $" + ConfigKeys.AUTH_ENV + ", then required."
      })
  @Nullable Boolean auth;

  @Option(
      names = "--scenarios",
      paramLabel = "FOLDER",
      description = {
        "Folder of scenario files (JSON or YAML) to load and watch.",
        FALLS_BACK + ConfigKeys.SCENARIOS + ", then $" + ConfigKeys.SCENARIOS_ENV
            + ", then ./scenarios when it exists."
      })
  @Nullable Path scenarios;

  @Option(
      names = "--fixtures",
      paramLabel = "FOLDER",
      description = {
        "Folder of fixture files (*.json, sub-folders too) to load over the built-in ones and"
            + " watch.",
        FALLS_BACK + ConfigKeys.FIXTURES + ", then $" + ConfigKeys.FIXTURES_ENV + ", then none."
      })
  @Nullable Path fixtures;

  @Option(
      names = "--demo-data",
      negatable = true,
      description = {
        "Load the built-in fixtures, the demo data set (--no-demo-data leaves them out).",
        FALLS_BACK + ConfigKeys.NO_DEMO_DATA + ", then $" + ConfigKeys.NO_DEMO_DATA_ENV
            + ", then loaded."
      })
  @Nullable Boolean demoData;

  @Option(
      names = "--max-query-complexity",
      paramLabel = "POINTS",
      description = {
        "Largest query complexity accepted (KT-CT-1188 above it).",
        FALLS_BACK + ConfigKeys.MAX_QUERY_COMPLEXITY + ", then $"
            + ConfigKeys.MAX_QUERY_COMPLEXITY_ENV + ", then "
            + MockServerConfig.DEFAULT_MAX_QUERY_COMPLEXITY + "."
      })
  @Nullable Integer maxQueryComplexity;

  @Option(
      names = "--max-query-nodes",
      paramLabel = "COUNT",
      description = {
        "Most nodes a response may hold (KT-CT-1189 above it).",
        FALLS_BACK + ConfigKeys.MAX_QUERY_NODES + ", then $" + ConfigKeys.MAX_QUERY_NODES_ENV
            + ", then " + MockServerConfig.DEFAULT_MAX_QUERY_NODES + "."
      })
  @Nullable Integer maxQueryNodes;

  @Option(
      names = "--rate-limits",
      negatable = true,
      description = {
        "Enforce the reference's per-field rate limits and the hourly points allowance"
            + " (KT-CT-1199).",
        FALLS_BACK + ConfigKeys.RATE_LIMITS + ", then $" + ConfigKeys.RATE_LIMITS_ENV
            + ", then off."
      })
  @Nullable Boolean rateLimits;

  @Option(
      names = "--disable-removed-fields",
      negatable = true,
      description = {
        "Fail fields past their removal date with KT-CT-1113, to rehearse brownouts.",
        FALLS_BACK + ConfigKeys.DISABLE_REMOVED_FIELDS + ", then $"
            + ConfigKeys.DISABLE_REMOVED_FIELDS_ENV + ", then off."
      })
  @Nullable Boolean disableRemovedFields;

  @Option(
      names = "--latency",
      paramLabel = "MS",
      description = {
        "Delay every answer: milliseconds (250) or a range (100-400), drawn per request.",
        FALLS_BACK + ConfigKeys.LATENCY + ", then $" + ConfigKeys.LATENCY_ENV + ", then none."
      })
  @Nullable String latency;

  @Option(
      names = "--journal-size",
      paramLabel = "N",
      description = {
        "Requests the journal keeps per session (GET /__admin/requests); 0 turns it off.",
        FALLS_BACK
            + ConfigKeys.JOURNAL_SIZE
            + ", then $"
            + ConfigKeys.JOURNAL_SIZE_ENV
            + ", then "
            + MockServerConfig.DEFAULT_JOURNAL_SIZE
            + "."
      })
  @Nullable Integer journalSize;

  @Option(
      names = "--list-size",
      paramLabel = "COUNT",
      description = {
        "Length of generated lists.",
        FALLS_BACK
            + ConfigKeys.LIST_SIZE
            + ", then $"
            + ConfigKeys.LIST_SIZE_ENV
            + ", then "
            + MockServerConfig.DEFAULT_LIST_SIZE
            + "."
      })
  @Nullable Integer listSize;

  @Option(
      names = "--connection-size",
      paramLabel = "COUNT",
      description = {
        "Number of nodes in each generated connection.",
        FALLS_BACK
            + ConfigKeys.CONNECTION_SIZE
            + ", then $"
            + ConfigKeys.CONNECTION_SIZE_ENV
            + ", then "
            + MockServerConfig.DEFAULT_CONNECTION_SIZE
            + "."
      })
  @Nullable Integer connectionSize;

  @Option(
      names = "--cors-origins",
      paramLabel = "ORIGINS",
      description = {
        "Origins browsers may call from: *, a comma-separated list, or off.",
        FALLS_BACK
            + ConfigKeys.CORS_ORIGINS
            + ", then $"
            + ConfigKeys.CORS_ORIGINS_ENV
            + ", then "
            + MockServerConfig.DEFAULT_CORS_ORIGINS
            + "."
      })
  @Nullable String corsOrigins;

  @Option(
      names = "--max-body-bytes",
      paramLabel = "BYTES",
      description = {
        "Largest request body accepted.",
        FALLS_BACK
            + ConfigKeys.MAX_BODY_BYTES
            + ", then $"
            + ConfigKeys.MAX_BODY_BYTES_ENV
            + ", then "
            + MockServerConfig.DEFAULT_MAX_BODY_BYTES
            + "."
      })
  @Nullable Integer maxBodyBytes;

  @Option(
      names = "--max-query-depth",
      paramLabel = "DEPTH",
      description = {
        "Deepest selection accepted.",
        FALLS_BACK
            + ConfigKeys.MAX_QUERY_DEPTH
            + ", then $"
            + ConfigKeys.MAX_QUERY_DEPTH_ENV
            + ", then "
            + MockServerConfig.DEFAULT_MAX_QUERY_DEPTH
            + "."
      })
  @Nullable Integer maxQueryDepth;

  @Option(
      names = "--max-query-tokens",
      paramLabel = "COUNT",
      description = {
        "Most tokens a query document may have.",
        FALLS_BACK
            + ConfigKeys.MAX_QUERY_TOKENS
            + ", then $"
            + ConfigKeys.MAX_QUERY_TOKENS_ENV
            + ", then "
            + MockServerConfig.DEFAULT_MAX_QUERY_TOKENS
            + "."
      })
  @Nullable Integer maxQueryTokens;

  @Option(
      names = "--token-lifetime",
      paramLabel = "DURATION",
      description = {
        "How long tokens from obtainKrakenToken stay valid: ISO-8601 such as PT1H, or 90s, 60m,"
            + " 1h, 7d.",
        FALLS_BACK
            + ConfigKeys.TOKEN_LIFETIME
            + ", then $"
            + ConfigKeys.TOKEN_LIFETIME_ENV
            + ", then 60m."
      })
  @Nullable String tokenLifetime;

  @Option(
      names = "--refresh-token-lifetime",
      paramLabel = "DURATION",
      description = {
        "How long their refresh tokens stay valid, in the same format.",
        FALLS_BACK
            + ConfigKeys.REFRESH_TOKEN_LIFETIME
            + ", then $"
            + ConfigKeys.REFRESH_TOKEN_LIFETIME_ENV
            + ", then 7d."
      })
  @Nullable String refreshTokenLifetime;

  @Option(
      names = "--record-from",
      paramLabel = "URL",
      description = {
        "Record mode: forward every GraphQL request to this instance (its GraphQL URL), answer"
            + " with its answers, and write them as fixtures with personal data replaced.",
        FALLS_BACK + ConfigKeys.RECORD_FROM + ", then $" + ConfigKeys.RECORD_FROM_ENV
            + ", then off."
      })
  @Nullable String recordFrom;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description = {
        "Token sent to --record-from as Authorization: JWT TOKEN; never written to a file."
            + " Without it, each client's own Authorization header is forwarded.",
        FALLS_BACK + ConfigKeys.TOKEN + ", then $" + ConfigKeys.TOKEN_ENV + ", then none."
      })
  @Nullable String token;

  @Option(
      names = "--record-to",
      paramLabel = "FOLDER",
      description = {
        "Folder record mode writes its fixtures to.",
        FALLS_BACK + ConfigKeys.RECORD_TO + ", then $" + ConfigKeys.RECORD_TO_ENV + ", then "
            + MockServerConfig.DEFAULT_RECORD_TO + "."
      })
  @Nullable Path recordTo;

  /**
   * The configuration these flags ask for. A setting given as a flag ignores its system property
   * and environment variable, even an invalid one.
   *
   * @throws InvalidFlagException naming the flag, when a flag's value is invalid
   * @throws IllegalArgumentException naming the variable, when the environment's is
   */
  MockServerConfig toConfig(Map<String, String> environment, Properties properties) {
    List<Flag> given = flags().stream().filter(Flag::given).toList();
    Map<String, String> otherEnvironment = new HashMap<>(environment);
    Properties otherProperties = new Properties();
    properties
        .stringPropertyNames()
        .forEach(n -> otherProperties.setProperty(n, properties.getProperty(n)));
    for (Flag flag : given) {
      otherEnvironment.remove(flag.environmentVariable());
      otherProperties.remove(flag.systemProperty());
    }
    MockServerConfig.Builder builder =
        MockServerConfig.newConfig().fromEnvironment(otherEnvironment, otherProperties);
    for (Flag flag : given) {
      flag.check();
      flag.apply().accept(builder);
    }
    return builder.build();
  }

  private List<Flag> flags() {
    return List.of(
        new Flag("--record-from", ConfigKeys.RECORD_FROM, ConfigKeys.RECORD_FROM_ENV, recordFrom,
            b -> b.recordFrom(MockServerConfig.Builder.parseUrl(recordFrom))),
        new Flag("--token", ConfigKeys.TOKEN, ConfigKeys.TOKEN_ENV, token,
            b -> b.upstreamToken(token)),
        new Flag("--record-to", ConfigKeys.RECORD_TO, ConfigKeys.RECORD_TO_ENV, recordTo,
            b -> b.recordTo(recordTo)),
        new Flag("--fixtures", ConfigKeys.FIXTURES, ConfigKeys.FIXTURES_ENV, fixtures,
            b -> b.fixtureFolder(fixtures)),
        new Flag("--no-demo-data", ConfigKeys.NO_DEMO_DATA, ConfigKeys.NO_DEMO_DATA_ENV,
            demoData, b -> b.demoData(Boolean.TRUE.equals(demoData))),
        new Flag("--host", ConfigKeys.HOST, ConfigKeys.HOST_ENV, host, b -> b.host(host)),
        new Flag("--port", ConfigKeys.PORT, ConfigKeys.PORT_ENV, port, b -> b.port(port)),
        new Flag("--seed", ConfigKeys.SEED, ConfigKeys.SEED_ENV, seed, b -> b.seed(seed)),
        new Flag(
            "--locale",
            ConfigKeys.LOCALE,
            ConfigKeys.LOCALE_ENV,
            locale,
            b -> b.locale(parseLocale(locale))),
        new Flag(
            "--schema",
            ConfigKeys.SCHEMA,
            ConfigKeys.SCHEMA_ENV,
            schema,
            b -> b.schemaFile(requireFile(schema))),
        new Flag(
            "--strict", ConfigKeys.STRICT, ConfigKeys.STRICT_ENV, strict, b -> b.strict(strict)),
        new Flag("--auth", ConfigKeys.AUTH, ConfigKeys.AUTH_ENV, auth, b -> b.auth(auth)),
        new Flag("--scenarios", ConfigKeys.SCENARIOS, ConfigKeys.SCENARIOS_ENV, scenarios,
            b -> b.scenarioFolder(scenarios)),
        new Flag("--max-query-complexity", ConfigKeys.MAX_QUERY_COMPLEXITY,
            ConfigKeys.MAX_QUERY_COMPLEXITY_ENV, maxQueryComplexity,
            b -> b.maxQueryComplexity(maxQueryComplexity)),
        new Flag("--max-query-nodes", ConfigKeys.MAX_QUERY_NODES, ConfigKeys.MAX_QUERY_NODES_ENV,
            maxQueryNodes, b -> b.maxQueryNodes(maxQueryNodes)),
        new Flag("--rate-limits", ConfigKeys.RATE_LIMITS, ConfigKeys.RATE_LIMITS_ENV, rateLimits,
            b -> b.rateLimits(rateLimits)),
        new Flag("--disable-removed-fields", ConfigKeys.DISABLE_REMOVED_FIELDS,
            ConfigKeys.DISABLE_REMOVED_FIELDS_ENV, disableRemovedFields,
            b -> b.disableRemovedFields(disableRemovedFields)),
        new Flag("--latency", ConfigKeys.LATENCY, ConfigKeys.LATENCY_ENV, latency,
            b -> b.latency(latency)),
        new Flag("--journal-size", ConfigKeys.JOURNAL_SIZE, ConfigKeys.JOURNAL_SIZE_ENV,
            journalSize, b -> b.journalSize(journalSize)),
        new Flag(
            "--list-size",
            ConfigKeys.LIST_SIZE,
            ConfigKeys.LIST_SIZE_ENV,
            listSize,
            b -> b.listSize(listSize)),
        new Flag(
            "--connection-size",
            ConfigKeys.CONNECTION_SIZE,
            ConfigKeys.CONNECTION_SIZE_ENV,
            connectionSize,
            b -> b.connectionSize(connectionSize)),
        new Flag(
            "--cors-origins",
            ConfigKeys.CORS_ORIGINS,
            ConfigKeys.CORS_ORIGINS_ENV,
            corsOrigins,
            b -> b.corsOrigins(MockServerConfig.Builder.parseOrigins(corsOrigins))),
        new Flag(
            "--max-body-bytes",
            ConfigKeys.MAX_BODY_BYTES,
            ConfigKeys.MAX_BODY_BYTES_ENV,
            maxBodyBytes,
            b -> b.maxBodyBytes(maxBodyBytes)),
        new Flag(
            "--max-query-depth",
            ConfigKeys.MAX_QUERY_DEPTH,
            ConfigKeys.MAX_QUERY_DEPTH_ENV,
            maxQueryDepth,
            b -> b.maxQueryDepth(maxQueryDepth)),
        new Flag(
            "--max-query-tokens",
            ConfigKeys.MAX_QUERY_TOKENS,
            ConfigKeys.MAX_QUERY_TOKENS_ENV,
            maxQueryTokens,
            b -> b.maxQueryTokens(maxQueryTokens)),
        new Flag(
            "--token-lifetime",
            ConfigKeys.TOKEN_LIFETIME,
            ConfigKeys.TOKEN_LIFETIME_ENV,
            tokenLifetime,
            b -> b.tokenLifetime(MockServerConfig.Builder.parseDuration(tokenLifetime))),
        new Flag(
            "--refresh-token-lifetime",
            ConfigKeys.REFRESH_TOKEN_LIFETIME,
            ConfigKeys.REFRESH_TOKEN_LIFETIME_ENV,
            refreshTokenLifetime,
            b ->
                b.refreshTokenLifetime(
                    MockServerConfig.Builder.parseDuration(refreshTokenLifetime))));
  }

  /** A language tag; {@code it_IT} is read as {@code it-IT}, as people often write it. */
  private static Locale parseLocale(String tag) {
    try {
      return new Locale.Builder().setLanguageTag(tag.trim().replace('_', '-')).build();
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException("'" + tag + "' is not a language tag such as it or en-GB");
    }
  }

  private static Path requireFile(Path file) {
    if (!Files.exists(file)) {
      throw new IllegalArgumentException("file '" + file + "' does not exist");
    }
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException("'" + file + "' is a directory, not a file");
    }
    return file;
  }

  /**
   * One flag, where it falls back to, and what it sets.
   *
   * @param value the parsed flag; {@code null} when the flag was not given
   */
  private record Flag(
      String name,
      String systemProperty,
      String environmentVariable,
      @Nullable Object value,
      Consumer<MockServerConfig.Builder> apply) {

    boolean given() {
      return value != null;
    }

    /** Applies the flag alone to the defaults, so that a failure is the flag's own. */
    void check() {
      try {
        MockServerConfig.Builder alone = MockServerConfig.newConfig();
        apply.accept(alone);
        alone.build();
      } catch (IllegalArgumentException e) {
        throw new InvalidFlagException(name, e.getMessage());
      }
    }
  }
}
