package dev.krakenmock.server.auth;

import dev.krakenmock.server.auth.TokenRequestRejectedException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One credential method of {@code obtainKrakenToken}'s {@code ObtainJSONWebTokenInput}. Build it
 * from the input with {@link #fromInput}, which enforces Kraken's rule of exactly one method.
 */
public sealed interface Credentials {

  /** The input field of each method, as the schema spells it. */
  String EMAIL_FIELD = "email";

  String PASSWORD_FIELD = "password";
  String API_KEY_FIELD = "APIKey";
  String REFRESH_TOKEN_FIELD = "refreshToken";
  String ORGANIZATION_SECRET_KEY_FIELD = "organizationSecretKey";
  String PRE_SIGNED_KEY_FIELD = "preSignedKey";

  /** The {@code gty} claim of a token obtained with these credentials. */
  GrantType grantType();

  /**
   * The credentials of an {@code ObtainJSONWebTokenInput} value. A field that is missing, null or
   * blank counts as not given; {@code captchaResponse} is ignored.
   *
   * @throws TokenRequestRejectedException when no method, several methods, or half of email and
   *     password is given
   */
  static Credentials fromInput(Map<String, ?> input) {
    @Nullable String email = text(input, EMAIL_FIELD);
    @Nullable String password = text(input, PASSWORD_FIELD);
    List<Credentials> given = new ArrayList<>();
    if (email != null && password != null) {
      given.add(new EmailAndPassword(email, password));
    } else if (email != null || password != null) {
      throw new TokenRequestRejectedException(
          Reason.INCOMPLETE_CREDENTIALS, "email and password must be given together");
    }
    @Nullable String apiKey = text(input, API_KEY_FIELD);
    if (apiKey != null) {
      given.add(new ApiKey(apiKey));
    }
    @Nullable String refreshToken = text(input, REFRESH_TOKEN_FIELD);
    if (refreshToken != null) {
      given.add(new RefreshToken(refreshToken));
    }
    @Nullable String secretKey = text(input, ORGANIZATION_SECRET_KEY_FIELD);
    if (secretKey != null) {
      given.add(new OrganizationSecretKey(secretKey));
    }
    @Nullable String preSignedKey = text(input, PRE_SIGNED_KEY_FIELD);
    if (preSignedKey != null) {
      given.add(new PreSignedKey(preSignedKey));
    }
    if (given.isEmpty()) {
      throw new TokenRequestRejectedException(
          Reason.NO_CREDENTIALS, "no credentials given: send exactly one credential method");
    }
    if (given.size() > 1) {
      throw new TokenRequestRejectedException(
          Reason.SEVERAL_CREDENTIALS,
          "several credential methods given: send exactly one, got "
              + given.stream().map(c -> c.grantType().claim()).toList());
    }
    return given.get(0);
  }

  private static @Nullable String text(Map<String, ?> input, String field) {
    return input.get(field) instanceof String value && !value.isBlank() ? value : null;
  }

  private static String requireText(String name, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /** The deprecated email-and-password login. */
  record EmailAndPassword(String email, String password) implements Credentials {
    public EmailAndPassword {
      requireText(EMAIL_FIELD, email);
      requireText(PASSWORD_FIELD, password);
    }

    @Override
    public GrantType grantType() {
      return GrantType.EMAIL_AND_PASSWORD;
    }

    @Override
    public String toString() {
      return "EmailAndPassword[email=" + email + ", password=***]";
    }
  }

  /** A customer's API key. */
  record ApiKey(String key) implements Credentials {
    public ApiKey {
      requireText(API_KEY_FIELD, key);
    }

    @Override
    public GrantType grantType() {
      return GrantType.API_KEY;
    }

    @Override
    public String toString() {
      return "ApiKey[***]";
    }
  }

  /** A refresh token from an earlier {@code obtainKrakenToken}. */
  record RefreshToken(String token) implements Credentials {
    public RefreshToken {
      requireText(REFRESH_TOKEN_FIELD, token);
    }

    @Override
    public GrantType grantType() {
      return GrantType.REFRESH_TOKEN;
    }

    @Override
    public String toString() {
      return "RefreshToken[***]";
    }
  }

  /** An organisation's secret key, such as {@code sk_live_...}. */
  record OrganizationSecretKey(String key) implements Credentials {
    public OrganizationSecretKey {
      requireText(ORGANIZATION_SECRET_KEY_FIELD, key);
    }

    @Override
    public GrantType grantType() {
      return GrantType.ORGANIZATION_SECRET_KEY;
    }

    @Override
    public String toString() {
      return "OrganizationSecretKey[***]";
    }
  }

  /** A pre-signed key, as sent in links to customers. */
  record PreSignedKey(String key) implements Credentials {
    public PreSignedKey {
      requireText(PRE_SIGNED_KEY_FIELD, key);
    }

    @Override
    public GrantType grantType() {
      return GrantType.PRE_SIGNED_KEY;
    }

    @Override
    public String toString() {
      return "PreSignedKey[***]";
    }
  }
}
