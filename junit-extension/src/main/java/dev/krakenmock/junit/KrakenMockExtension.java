package dev.krakenmock.junit;

import dev.krakenmock.server.config.MockServerConfig;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs a Kraken mock server for a test class and hands {@link KrakenMockServer} and {@link
 * KrakenMockAdmin} to its methods. Usually applied through {@link KrakenMock}; to configure it in
 * code, register an instance in a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final KrakenMockExtension MOCK = KrakenMockExtension.newInstance()
 *     .seed(42).auth(false).configure(config -> config.latency("50")).build();
 * }</pre>
 *
 * <p>The server starts before the class's first test and stops after its last; {@code @Nested}
 * classes share it unless they carry their own {@code @KrakenMock}. After each test, the
 * scenarios and fixtures it added are removed and its session's journal and scenario states are
 * cleared.
 */
public final class KrakenMockExtension
    implements BeforeAllCallback, AfterAllCallback, AfterEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(KrakenMockExtension.class);

  private final @Nullable ServerSettings settings;

  /** The extension as {@link KrakenMock} registers it: settings come from the annotation. */
  public KrakenMockExtension() {
    this(null);
  }

  private KrakenMockExtension(@Nullable ServerSettings settings) {
    this.settings = settings;
  }

  /** A builder of an extension to register with {@code @RegisterExtension} in a static field. */
  public static Builder newInstance() {
    return new Builder();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    if (store.get(ownerKey(context)) != null) {
      return; // registered twice on the same class: one server is enough
    }
    Class<?> testClass = context.getRequiredTestClass();
    Optional<KrakenMock> annotation = AnnotationSupport.findAnnotation(testClass,
        KrakenMock.class);
    if (annotation.isEmpty() && store.get(RunningServer.class) != null) {
      return; // a @Nested class: it uses the server of its enclosing class
    }
    String origin = (annotation.isPresent() ? "@KrakenMock on " : "KrakenMockExtension of ")
        + testClass.getName();
    RunningServer server = start(origin, () -> annotation.map(ServerSettings::of)
        .orElseGet(() -> settings != null ? settings : ServerSettings.defaults()));
    store.put(ownerKey(context), server);
    store.put(RunningServer.class, server);
  }

  /** Starts a server; {@code origin} names where its settings come from in a failure. */
  private static RunningServer start(String origin, Supplier<ServerSettings> settings) {
    try {
      return RunningServer.start(settings.get());
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(origin + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new ExtensionConfigurationException(origin + ": the Kraken mock did not start: " + e,
          e);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    cleanUp(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      cleanUp(context);
    } finally {
      ExtensionContext.Store store = context.getStore(NAMESPACE);
      RunningServer owned = store.remove(ownerKey(context), RunningServer.class);
      if (owned != null) {
        store.remove(RunningServer.class);
        owned.stop();
      }
    }
  }

  /** Undoes what the handles of this context (a test, or a class) added. */
  private static void cleanUp(ExtensionContext context) {
    RunningServer.TestSession session = context.getStore(NAMESPACE)
        .remove(sessionKey(context), RunningServer.TestSession.class);
    if (session != null) {
      session.admin().cleanUp();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == KrakenMockServer.class || type == KrakenMockAdmin.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    RunningServer server = context.getStore(NAMESPACE).get(RunningServer.class,
        RunningServer.class);
    if (server == null) {
      throw new ParameterResolutionException("No Kraken mock runs for "
          + context.getRequiredTestClass().getName() + ": annotate the class with @KrakenMock,"
          + " or register KrakenMockExtension in a static field (an instance field is registered"
          + " too late to start the server before the class)");
    }
    RunningServer.TestSession session = context.getStore(NAMESPACE).getOrComputeIfAbsent(
        sessionKey(context), key -> newSession(server, context),
        RunningServer.TestSession.class);
    return parameter.getParameter().getType() == KrakenMockServer.class ? session.server()
        : session.admin();
  }

  /**
   * A test method's session is {@code Class#method}; a class's, for {@code @BeforeAll} and
   * {@code @AfterAll} methods, is the class's name, and its scenarios apply to every session.
   */
  private static RunningServer.TestSession newSession(RunningServer server,
      ExtensionContext context) {
    String className = context.getRequiredTestClass().getSimpleName();
    Optional<Method> method = context.getTestMethod();
    return method.isPresent()
        ? server.newSession(className + "#" + method.get().getName(), true)
        : server.newSession(className, false);
  }

  /** Keys are per context: the store's lookups also search the enclosing contexts. */
  private static String ownerKey(ExtensionContext context) {
    return "server-of:" + context.getUniqueId();
  }

  private static String sessionKey(ExtensionContext context) {
    return "session-of:" + context.getUniqueId();
  }

  /** Settings of an extension registered in code; what is not set keeps the server's default. */
  public static final class Builder {
    private long seed = MockServerConfig.DEFAULT_SEED;
    private @Nullable Path fixtures;
    private @Nullable Path scenarios;
    private boolean auth = true;
    private boolean strict;
    private boolean demoData = true;
    private @Nullable Path schema;
    private Consumer<MockServerConfig.Builder> customization = config -> { };

    private Builder() {}

    /** The seed of generated data. Default {@value MockServerConfig#DEFAULT_SEED}. */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /** A folder of fixture files over the built-in ones. Default none. */
    public Builder fixtures(Path folder) {
      this.fixtures = Objects.requireNonNull(folder, "folder");
      return this;
    }

    /** A folder of scenario files. Default {@code ./scenarios} when it exists. */
    public Builder scenarios(Path folder) {
      this.scenarios = Objects.requireNonNull(folder, "folder");
      return this;
    }

    /** Whether query fields need a token. Default true, as on Kraken. */
    public Builder auth(boolean value) {
      this.auth = value;
      return this;
    }

    /** Reject undocumented selections. Default lenient. */
    public Builder strict(boolean value) {
      this.strict = value;
      return this;
    }

    /** Whether the built-in demo data set is served. Default true. */
    public Builder demoData(boolean value) {
      this.demoData = value;
      return this;
    }

    /** A schema file to serve instead of the reference's. Default the reference's. */
    public Builder schema(Path file) {
      this.schema = Objects.requireNonNull(file, "file");
      return this;
    }

    /**
     * Any other server setting, applied last, for example {@code config ->
     * config.latency("100-400")}. Host and port are {@code 127.0.0.1} and a free port unless
     * this changes them.
     */
    public Builder configure(Consumer<MockServerConfig.Builder> change) {
      this.customization = Objects.requireNonNull(change, "change");
      return this;
    }

    /** The extension, to assign to a static {@code @RegisterExtension} field. */
    public KrakenMockExtension build() {
      return new KrakenMockExtension(new ServerSettings(seed, Optional.ofNullable(fixtures),
          Optional.ofNullable(scenarios), auth, strict, demoData, Optional.ofNullable(schema),
          customization));
    }
  }
}
