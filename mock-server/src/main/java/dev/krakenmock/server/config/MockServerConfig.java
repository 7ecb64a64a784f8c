package dev.krakenmock.server.config;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Immutable settings of one mock server. Build one with {@link #newConfig()}; every setting not
 * given keeps the default shown by the {@code DEFAULT_*} constants. The builder, the command line
 * and the environment ({@link ConfigKeys}) all fill this one record.
 *
 * @param host the address to bind to; {@code 0.0.0.0} listens on every interface
 * @param port the TCP port to listen on; {@code 0} lets the system pick a free one
 * @param seed the seed every generated value derives from
 * @param locale the Datafaker locale of generated people, addresses and words
 * @param schemaFile an SDL or introspection JSON file to serve instead of the reference's schema
 * @param strict whether to reject what the reference does not document (fields of opaque types,
 *     unknown inline fragment types), as the real API rejects unknown fields
 * @param listSize the length of generated lists
 * @param connectionSize the number of nodes in every generated Relay connection
 * @param corsOrigins the origins allowed to call from a browser; {@code *} allows any, an empty
 *     list turns CORS off
 * @param maxBodyBytes the largest request body accepted
 * @param maxQueryDepth the deepest selection accepted
 * @param maxQueryTokens the most tokens a query document may have
 * @param tokenLifetime how long a token from {@code obtainKrakenToken} stays valid
 * @param refreshTokenLifetime how long its refresh token stays valid
 * @param clock the clock of token issue and expiry (fixed in tests)
 * @param scenarioFolder a folder of scenario files to load and watch; when empty, {@code
 *     scenarios} in the working directory is used if it exists
 * @param maxQueryComplexity the largest query complexity accepted (Kraken's limit is 200)
 * @param maxQueryNodes the most nodes a response may hold (Kraken's limit is 10,000)
 * @param rateLimits whether the reference's per-field rate limits and the hourly points
 *     allowance refuse requests (they are always counted)
 * @param disableRemovedFields whether fields past their removal date fail with KT-CT-1113
 * @param latency a delay added to every answer: empty, milliseconds ({@code 250}) or a range
 *     ({@code 100-400}) from which each request draws its own, deterministically
 * @param auth whether query fields need a valid token from {@code obtainKrakenToken} and the
 *     permissions the reference lists, as on the real API
 * @param journalSize how many requests the journal keeps per session; {@code 0} turns it off
 * @param recordFrom the GraphQL URL of a real instance to forward every request to, recording its
 *     answers; empty to answer from generated data
 * @param upstreamToken the token sent to {@code recordFrom} as {@code Authorization: JWT ...};
 *     empty to forward the client's own {@code Authorization}
 * @param recordTo the folder recorded operation fixtures are written to
 * @param fixtureFolder a folder of fixture files ({@code *.json}, sub-folders included) to load
 *     over the built-in ones and watch; empty for none
 * @param demoData whether the built-in fixtures (the demo data set) are loaded
 */
public record MockServerConfig(
    String host,
    int port,
    long seed,
    Locale locale,
    Optional<Path> schemaFile,
    boolean strict,
    int listSize,
    int connectionSize,
    List<String> corsOrigins,
    int maxBodyBytes,
    int maxQueryDepth,
    int maxQueryTokens,
    Duration tokenLifetime,
    Duration refreshTokenLifetime,
    Clock clock,
    boolean auth,
    Optional<Path> scenarioFolder,
    int maxQueryComplexity,
    int maxQueryNodes,
    boolean rateLimits,
    boolean disableRemovedFields,
    String latency,
    int journalSize,
    Optional<java.net.URI> recordFrom,
    Optional<String> upstreamToken,
    Path recordTo,
    Optional<Path> fixtureFolder,
    boolean demoData) {

  /** Listens on every interface, so that the server is reachable from outside a container. */
  public static final String DEFAULT_HOST = "0.0.0.0";

  /** The port used by the Docker image and the documentation. */
  public static final int DEFAULT_PORT = 4000;

  public static final long DEFAULT_SEED = 1L;
  public static final String DEFAULT_LOCALE = "it";
  public static final int DEFAULT_LIST_SIZE = 3;
  public static final int DEFAULT_CONNECTION_SIZE = 12;
  public static final String DEFAULT_CORS_ORIGINS = "*";
  public static final int DEFAULT_MAX_BODY_BYTES = 1_048_576;
  public static final int DEFAULT_MAX_QUERY_DEPTH = 20;
  public static final int DEFAULT_MAX_QUERY_TOKENS = 15_000;
  public static final int DEFAULT_MAX_QUERY_COMPLEXITY = 200;
  public static final int DEFAULT_MAX_QUERY_NODES = 10_000;
  public static final int DEFAULT_JOURNAL_SIZE = 1_000;

  /** Where record mode writes its fixtures, relative to the working directory. */
  public static final String DEFAULT_RECORD_TO = "fixtures/recorded";

  /** Kraken's tokens last an hour. */
  public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(1);

  /** Kraken's refresh tokens last a week. */
  public static final Duration DEFAULT_REFRESH_TOKEN_LIFETIME = Duration.ofDays(7);

  private static final int HIGHEST_PORT = 65_535;
  private static final int MAX_LIST_SIZE = 100;

  /** Checks the settings; the builder and the canonical constructor both pass through here. */
  public MockServerConfig {
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > HIGHEST_PORT) {
      throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
    }
    requireRange("list size", listSize, 0, MAX_LIST_SIZE);
    requireRange("connection size", connectionSize, 0, 10_000);
    requireRange("max body bytes", maxBodyBytes, 1, Integer.MAX_VALUE);
    requireRange("max query depth", maxQueryDepth, 1, 1_000);
    requireRange("max query tokens", maxQueryTokens, 1, Integer.MAX_VALUE);
    requireRange("max query complexity", maxQueryComplexity, 1, Integer.MAX_VALUE);
    requireRange("max query nodes", maxQueryNodes, 1, Integer.MAX_VALUE);
    requireRange("journal size", journalSize, 0, 1_000_000);
    if (!latency.isBlank() && !latency.strip().matches("\\d+(\\s*-\\s*\\d+)?")) {
      throw new IllegalArgumentException(
          "latency must be milliseconds (250) or a range (100-400), was '" + latency + "'");
    }
    if (tokenLifetime.isNegative() || refreshTokenLifetime.isNegative()) {
      throw new IllegalArgumentException("token lifetimes must not be negative");
    }
    corsOrigins = List.copyOf(corsOrigins);
    recordFrom.ifPresent(MockServerConfig::requireHttpUrl);
    upstreamToken = upstreamToken.filter(token -> !token.isBlank());
  }

  private static void requireHttpUrl(java.net.URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
      throw new IllegalArgumentException("record-from must be an http(s) URL such as"
          + " https://api.oeit-kraken.energy/v1/graphql/, was '" + url + "'");
    }
  }

  private static void requireRange(String name, int value, int lowest, int highest) {
    if (value < lowest || value > highest) {
      throw new IllegalArgumentException(
          name + " must be between " + lowest + " and " + highest + ", was " + value);
    }
  }

  /**
   * Every setting by name, as a record shows itself, except the upstream token: a configuration
   * may end up in a log or a test report.
   */
  @Override
  public String toString() {
    StringBuilder shown = new StringBuilder(getClass().getSimpleName()).append('[');
    java.lang.reflect.RecordComponent[] components = getClass().getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      String name = components[i].getName();
      Object value;
      try {
        value = components[i].getAccessor().invoke(this);
      } catch (ReflectiveOperationException e) {
        value = "?";
      }
      if (name.equals("upstreamToken") && value instanceof Optional<?> token
          && token.isPresent()) {
        value = "Optional[(hidden)]";
      }
      shown.append(i == 0 ? "" : ", ").append(name).append('=').append(value);
    }
    return shown.append(']').toString();
  }

  /** A builder holding the defaults. */
  public static Builder newConfig() {
    return new Builder();
  }

  /** The settings with all defaults. */
  public static MockServerConfig defaults() {
    return newConfig().build();
  }

  /** A copy changed by {@code change}. */
  public MockServerConfig transform(Consumer<Builder> change) {
    Builder builder = new Builder()
        .host(host)
        .port(port)
        .seed(seed)
        .locale(locale)
        .schemaFile(schemaFile.orElse(null))
        .strict(strict)
        .listSize(listSize)
        .connectionSize(connectionSize)
        .corsOrigins(corsOrigins)
        .maxBodyBytes(maxBodyBytes)
        .maxQueryDepth(maxQueryDepth)
        .maxQueryTokens(maxQueryTokens)
        .tokenLifetime(tokenLifetime)
        .refreshTokenLifetime(refreshTokenLifetime)
        .clock(clock)
        .auth(auth)
        .scenarioFolder(scenarioFolder.orElse(null))
        .maxQueryComplexity(maxQueryComplexity)
        .maxQueryNodes(maxQueryNodes)
        .rateLimits(rateLimits)
        .disableRemovedFields(disableRemovedFields)
        .latency(latency)
        .journalSize(journalSize)
        .recordFrom(recordFrom.orElse(null))
        .upstreamToken(upstreamToken.orElse(null))
        .recordTo(recordTo)
        .fixtureFolder(fixtureFolder.orElse(null))
        .demoData(demoData);
    change.accept(builder);
    return builder.build();
  }

  /** A copy listening on {@code newPort}. */
  public MockServerConfig withPort(int newPort) {
    return transform(builder -> builder.port(newPort));
  }

  /** Whether browsers may call the server from other origins. */
  public boolean corsEnabled() {
    return !corsOrigins.isEmpty();
  }

  /** Collects settings; the last value given for a setting wins. */
  public static final class Builder {
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,9})\\s*([smhdSMHD])");

    private String host = DEFAULT_HOST;
    private int port = DEFAULT_PORT;
    private long seed = DEFAULT_SEED;
    private Locale locale = Locale.forLanguageTag(DEFAULT_LOCALE);
    private @Nullable Path schemaFile;
    private boolean strict;
    private int listSize = DEFAULT_LIST_SIZE;
    private int connectionSize = DEFAULT_CONNECTION_SIZE;
    private List<String> corsOrigins = List.of(DEFAULT_CORS_ORIGINS);
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int maxQueryDepth = DEFAULT_MAX_QUERY_DEPTH;
    private int maxQueryTokens = DEFAULT_MAX_QUERY_TOKENS;
    private Duration tokenLifetime = DEFAULT_TOKEN_LIFETIME;
    private Duration refreshTokenLifetime = DEFAULT_REFRESH_TOKEN_LIFETIME;
    private Clock clock = Clock.systemUTC();
    private boolean auth = true;
    private @Nullable Path fixtureFolder;
    private boolean demoData = true;
    private @Nullable Path scenarioFolder;
    private int maxQueryComplexity = DEFAULT_MAX_QUERY_COMPLEXITY;
    private int maxQueryNodes = DEFAULT_MAX_QUERY_NODES;
    private boolean rateLimits;
    private boolean disableRemovedFields;
    private String latency = "";
    private int journalSize = DEFAULT_JOURNAL_SIZE;
    private java.net.@Nullable URI recordFrom;
    private @Nullable String upstreamToken;
    private Path recordTo = Path.of(DEFAULT_RECORD_TO);

    private Builder() {}

    /** The address to bind to. Default {@value MockServerConfig#DEFAULT_HOST}. */
    public Builder host(String value) {
      this.host = value;
      return this;
    }

    /** The TCP port; {@code 0} picks a free one. Default {@value MockServerConfig#DEFAULT_PORT}. */
    public Builder port(int value) {
      this.port = value;
      return this;
    }

    /** The seed of generated data. Default {@value MockServerConfig#DEFAULT_SEED}. */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /** The locale of generated data. Default {@value MockServerConfig#DEFAULT_LOCALE}. */
    public Builder locale(Locale value) {
      this.locale = value;
      return this;
    }

    /** A schema file to serve instead of the reference's; {@code null} for the reference's. */
    public Builder schemaFile(@Nullable Path value) {
      this.schemaFile = value;
      return this;
    }

    /** Reject undocumented selections. Default lenient. */
    public Builder strict(boolean value) {
      this.strict = value;
      return this;
    }

    /** Length of generated lists. Default {@value MockServerConfig#DEFAULT_LIST_SIZE}. */
    public Builder listSize(int value) {
      this.listSize = value;
      return this;
    }

    /** Nodes per connection. Default {@value MockServerConfig#DEFAULT_CONNECTION_SIZE}. */
    public Builder connectionSize(int value) {
      this.connectionSize = value;
      return this;
    }

    /** Allowed browser origins; {@code *} for any, empty for none. Default {@code *}. */
    public Builder corsOrigins(List<String> value) {
      this.corsOrigins = value;
      return this;
    }

    /** Largest request body. Default {@value MockServerConfig#DEFAULT_MAX_BODY_BYTES}. */
    public Builder maxBodyBytes(int value) {
      this.maxBodyBytes = value;
      return this;
    }

    /** Deepest selection. Default {@value MockServerConfig#DEFAULT_MAX_QUERY_DEPTH}. */
    public Builder maxQueryDepth(int value) {
      this.maxQueryDepth = value;
      return this;
    }

    /** Most tokens per document. Default {@value MockServerConfig#DEFAULT_MAX_QUERY_TOKENS}. */
    public Builder maxQueryTokens(int value) {
      this.maxQueryTokens = value;
      return this;
    }

    /** Validity of issued tokens. Default one hour. */
    public Builder tokenLifetime(Duration value) {
      this.tokenLifetime = value;
      return this;
    }

    /** Validity of issued refresh tokens. Default seven days. */
    public Builder refreshTokenLifetime(Duration value) {
      this.refreshTokenLifetime = value;
      return this;
    }

    /** Whether query fields need a valid token and permissions. Default true, as on Kraken. */
    public Builder auth(boolean value) {
      this.auth = value;
      return this;
    }

    /** A folder of scenario files; {@code null} for {@code ./scenarios} when it exists. */
    public Builder scenarioFolder(@Nullable Path value) {
      this.scenarioFolder = value;
      return this;
    }

    /** Largest query complexity. Default {@value MockServerConfig#DEFAULT_MAX_QUERY_COMPLEXITY}. */
    public Builder maxQueryComplexity(int value) {
      this.maxQueryComplexity = value;
      return this;
    }

    /** Most nodes per response. Default {@value MockServerConfig#DEFAULT_MAX_QUERY_NODES}. */
    public Builder maxQueryNodes(int value) {
      this.maxQueryNodes = value;
      return this;
    }

    /** Whether rate limits refuse requests. Default off. */
    public Builder rateLimits(boolean value) {
      this.rateLimits = value;
      return this;
    }

    /** Whether fields past their removal date fail with KT-CT-1113. Default off. */
    public Builder disableRemovedFields(boolean value) {
      this.disableRemovedFields = value;
      return this;
    }

    /** A delay for every answer: {@code ""}, {@code 250} or {@code 100-400} (ms). */
    public Builder latency(String value) {
      this.latency = value;
      return this;
    }

    /**
     * Requests journaled per session; {@code 0} turns the journal off. Default {@value
     * MockServerConfig#DEFAULT_JOURNAL_SIZE}.
     */
    public Builder journalSize(int value) {
      this.journalSize = value;
      return this;
    }

    /** A real instance's GraphQL URL to forward to and record from; {@code null} for none. */
    public Builder recordFrom(java.net.@Nullable URI value) {
      this.recordFrom = value;
      return this;
    }

    /** The token for {@link #recordFrom}; {@code null} forwards the client's own. */
    public Builder upstreamToken(@Nullable String value) {
      this.upstreamToken = value;
      return this;
    }

    /** Where recordings go. Default {@value MockServerConfig#DEFAULT_RECORD_TO}. */
    public Builder recordTo(Path value) {
      this.recordTo = value;
      return this;
    }

    /** A folder of fixture files loaded over the built-in ones and watched; {@code null} none. */
    public Builder fixtureFolder(@Nullable Path value) {
      this.fixtureFolder = value;
      return this;
    }

    /** Whether the built-in fixtures (the demo data set) are loaded. Default true. */
    public Builder demoData(boolean value) {
      this.demoData = value;
      return this;
    }

    /** The clock of token issue and expiry. Default the system's, in UTC. */
    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    /**
     * Applies the settings found in the environment and the system properties, named in {@link
     * ConfigKeys}. A system property wins over the environment variable of the same setting.
     *
     * @throws IllegalArgumentException when a value does not parse
     */
    public Builder fromEnvironment(Map<String, String> environment, Properties properties) {
      Lookup lookup = new Lookup(environment, properties);
      lookup.apply(ConfigKeys.HOST, ConfigKeys.HOST_ENV, Function.identity(), this::host);
      lookup.apply(ConfigKeys.PORT, ConfigKeys.PORT_ENV, Integer::parseInt, this::port);
      lookup.apply(ConfigKeys.SEED, ConfigKeys.SEED_ENV, Long::parseLong, this::seed);
      lookup.apply(ConfigKeys.LOCALE, ConfigKeys.LOCALE_ENV, Locale::forLanguageTag, this::locale);
      lookup.apply(ConfigKeys.SCHEMA, ConfigKeys.SCHEMA_ENV, Path::of, this::schemaFile);
      lookup.apply(ConfigKeys.STRICT, ConfigKeys.STRICT_ENV, Builder::parseBoolean, this::strict);
      lookup.apply(ConfigKeys.AUTH, ConfigKeys.AUTH_ENV, Builder::parseBoolean, this::auth);
      lookup.apply(ConfigKeys.SCENARIOS, ConfigKeys.SCENARIOS_ENV, Path::of,
          this::scenarioFolder);
      lookup.apply(ConfigKeys.MAX_QUERY_COMPLEXITY, ConfigKeys.MAX_QUERY_COMPLEXITY_ENV,
          Integer::parseInt, this::maxQueryComplexity);
      lookup.apply(ConfigKeys.MAX_QUERY_NODES, ConfigKeys.MAX_QUERY_NODES_ENV, Integer::parseInt,
          this::maxQueryNodes);
      lookup.apply(ConfigKeys.RATE_LIMITS, ConfigKeys.RATE_LIMITS_ENV, Builder::parseBoolean,
          this::rateLimits);
      lookup.apply(ConfigKeys.DISABLE_REMOVED_FIELDS, ConfigKeys.DISABLE_REMOVED_FIELDS_ENV,
          Builder::parseBoolean, this::disableRemovedFields);
      lookup.apply(ConfigKeys.LATENCY, ConfigKeys.LATENCY_ENV, String::strip, this::latency);
      lookup.apply(ConfigKeys.JOURNAL_SIZE, ConfigKeys.JOURNAL_SIZE_ENV, Integer::parseInt,
          this::journalSize);
      lookup.apply(ConfigKeys.RECORD_FROM, ConfigKeys.RECORD_FROM_ENV, Builder::parseUrl,
          this::recordFrom);
      lookup.apply(ConfigKeys.TOKEN, ConfigKeys.TOKEN_ENV, String::strip, this::upstreamToken);
      lookup.apply(ConfigKeys.RECORD_TO, ConfigKeys.RECORD_TO_ENV, Path::of, this::recordTo);
      lookup.apply(ConfigKeys.LIST_SIZE, ConfigKeys.LIST_SIZE_ENV, Integer::parseInt,
          this::listSize);
      lookup.apply(ConfigKeys.CONNECTION_SIZE, ConfigKeys.CONNECTION_SIZE_ENV, Integer::parseInt,
          this::connectionSize);
      lookup.apply(ConfigKeys.CORS_ORIGINS, ConfigKeys.CORS_ORIGINS_ENV, Builder::parseOrigins,
          this::corsOrigins);
      lookup.apply(ConfigKeys.MAX_BODY_BYTES, ConfigKeys.MAX_BODY_BYTES_ENV, Integer::parseInt,
          this::maxBodyBytes);
      lookup.apply(ConfigKeys.MAX_QUERY_DEPTH, ConfigKeys.MAX_QUERY_DEPTH_ENV, Integer::parseInt,
          this::maxQueryDepth);
      lookup.apply(ConfigKeys.MAX_QUERY_TOKENS, ConfigKeys.MAX_QUERY_TOKENS_ENV, Integer::parseInt,
          this::maxQueryTokens);
      lookup.apply(ConfigKeys.TOKEN_LIFETIME, ConfigKeys.TOKEN_LIFETIME_ENV,
          Builder::parseDuration, this::tokenLifetime);
      lookup.apply(ConfigKeys.REFRESH_TOKEN_LIFETIME, ConfigKeys.REFRESH_TOKEN_LIFETIME_ENV,
          Builder::parseDuration, this::refreshTokenLifetime);
      lookup.apply(ConfigKeys.FIXTURES, ConfigKeys.FIXTURES_ENV, Path::of, this::fixtureFolder);
      lookup.apply(ConfigKeys.NO_DEMO_DATA, ConfigKeys.NO_DEMO_DATA_ENV, Builder::parseBoolean,
          noDemoData -> demoData(!noDemoData));
      return this;
    }

    /**
     * The immutable settings.
     *
     * @throws IllegalArgumentException when a setting is out of range
     */
    public MockServerConfig build() {
      return new MockServerConfig(host, port, seed, locale, Optional.ofNullable(schemaFile),
          strict, listSize, connectionSize, corsOrigins, maxBodyBytes, maxQueryDepth,
          maxQueryTokens, tokenLifetime, refreshTokenLifetime, clock, auth,
          Optional.ofNullable(scenarioFolder), maxQueryComplexity, maxQueryNodes, rateLimits,
          disableRemovedFields, latency, journalSize, Optional.ofNullable(recordFrom),
          Optional.ofNullable(upstreamToken), recordTo,
          Optional.ofNullable(fixtureFolder), demoData);
    }

    /**
     * An absolute URL.
     *
     * @throws IllegalArgumentException when {@code value} is not one
     */
    public static java.net.URI parseUrl(String value) {
      try {
        java.net.URI url = new java.net.URI(value.strip());
        if (!url.isAbsolute()) {
          throw new IllegalArgumentException("not an absolute URL: '" + value.strip()
              + "'; use one such as https://api.oeit-kraken.energy/v1/graphql/");
        }
        return url;
      } catch (java.net.URISyntaxException e) {
        throw new IllegalArgumentException("not a URL: '" + value.strip() + "'", e);
      }
    }

    /** {@code *} or a comma-separated list of origins; {@code off} or {@code none} for none. */
    public static List<String> parseOrigins(String value) {
      String trimmed = value.trim();
      if (trimmed.equalsIgnoreCase("off") || trimmed.equalsIgnoreCase("none")) {
        return List.of();
      }
      return java.util.Arrays.stream(trimmed.split(",")).map(String::trim)
          .filter(origin -> !origin.isEmpty()).toList();
    }

    /**
     * An ISO-8601 duration such as {@code PT1H} or {@code P7D}, or a whole number with a unit:
     * {@code 90s}, {@code 60m}, {@code 1h}, {@code 7d}.
     *
     * @throws IllegalArgumentException when the value is neither
     */
    public static Duration parseDuration(String value) {
      Matcher shorthand = SHORT_DURATION.matcher(value.trim());
      if (shorthand.matches()) {
        long amount = Long.parseLong(shorthand.group(1));
        return switch (shorthand.group(2).toLowerCase(Locale.ROOT)) {
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          default -> Duration.ofDays(amount);
        };
      }
      try {
        return Duration.parse(value.trim());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "not a duration: '" + value.trim() + "'; use ISO-8601 such as PT1H, or a whole number"
                + " with s, m, h or d such as 60m", e);
      }
    }

    static boolean parseBoolean(String value) {
      return switch (value.trim().toLowerCase(Locale.ROOT)) {
        case "true", "yes", "1", "on" -> true;
        case "false", "no", "0", "off" -> false;
        default -> throw new IllegalArgumentException("not a boolean: '" + value + "'");
      };
    }
  }

  /** Reads one setting from the system properties, then the environment. */
  private record Lookup(Map<String, String> environment, Properties properties) {
    <T> void apply(String key, String envName, Function<String, T> parse, Consumer<T> set) {
      String value = properties.getProperty(key);
      if (value == null || value.isBlank()) {
        value = environment.get(envName);
      }
      if (value == null || value.isBlank()) {
        return;
      }
      try {
        set.accept(parse.apply(value.trim()));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "invalid value '" + value.trim() + "' for " + key + " / " + envName
                + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
      }
    }
  }
}
