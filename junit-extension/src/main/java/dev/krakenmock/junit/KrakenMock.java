package dev.krakenmock.junit;

import dev.krakenmock.server.config.MockServerConfig;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs one Kraken mock server in-process for the annotated test class, on {@code 127.0.0.1} and a
 * free port: started before the class's first test, stopped after its last. Test methods (and
 * {@code @BeforeEach} / {@code @AfterEach} methods) declare a {@link KrakenMockServer} or {@link
 * KrakenMockAdmin} parameter to reach it; each test has its own session.
 *
 * <pre>{@code
 * @KrakenMock(auth = false)
 * class AccountPageTest {
 *   @Test
 *   void showsTheBalance(KrakenMockServer server) {
 *     JsonNode answer = server.post("{ account(accountNumber: \"A-1\") { balance } }");
 *   }
 * }
 * }</pre>
 *
 * <p>{@code @Nested} classes use the server of their enclosing class unless they carry their own
 * {@code @KrakenMock}. Paths are relative to the working directory of the test run (the module's
 * folder under Maven and Gradle).
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(KrakenMockExtension.class)
public @interface KrakenMock {

  /** The seed every generated value derives from. */
  long seed() default MockServerConfig.DEFAULT_SEED;

  /**
   * A folder of fixture files laid over the built-in ones; empty for none. It must exist.
   */
  String fixtures() default "";

  /**
   * A folder of scenario files; empty for the server's default, the {@code scenarios} folder of
   * the working directory when there is one. It must exist.
   */
  String scenarios() default "";

  /**
   * Whether query fields need a token from {@code obtainKrakenToken}, as on the real API; see
   * {@link KrakenMockServer#login()}.
   */
  boolean auth() default true;

  /** Whether selections the reference does not document are rejected, as the real API does. */
  boolean strict() default false;

  /** Whether the built-in demo data set (the fixtures shipped with the server) is served. */
  boolean demoData() default true;

  /** An SDL or introspection JSON file to serve instead of the reference's schema; empty for it. */
  String schema() default "";
}
