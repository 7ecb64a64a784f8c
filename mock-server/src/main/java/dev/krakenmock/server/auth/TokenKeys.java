package dev.krakenmock.server.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of one seed, each derived with its own label so that no key does two jobs. A mock's
 * tokens are not a security boundary: anyone who knows the seed can forge them, which is what lets
 * replicas and restarted servers accept each other's tokens.
 */
final class TokenKeys {

  private static final String HMAC = "HmacSHA256";
  private static final String AES_GCM = "AES/GCM/NoPadding";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int TAG_BYTES = TAG_BITS / Byte.SIZE;

  private final byte[] accessTokenSigning;
  private final byte[] refreshTokenEncryption;
  private final byte[] refreshTokenNonce;
  private final byte[] viewerNumbers;

  private TokenKeys(long seed) {
    byte[] master = ByteBuffer.allocate(Long.BYTES).putLong(seed).array();
    this.accessTokenSigning = hmac(master, label("access-token-signing"));
    this.refreshTokenEncryption = hmac(master, label("refresh-token-encryption"));
    this.refreshTokenNonce = hmac(master, label("refresh-token-nonce"));
    this.viewerNumbers = hmac(master, label("viewer-numbers"));
  }

  static TokenKeys derive(long seed) {
    return new TokenKeys(seed);
  }

  /** The HMAC-SHA256 signature of an access token's signing input. */
  byte[] signAccessToken(byte[] signingInput) {
    return hmac(accessTokenSigning, signingInput);
  }

  /**
   * Encrypts and authenticates a refresh token's content. The nonce is derived from the content, so
   * equal content seals to equal tokens (determinism) and a nonce only repeats with its content.
   */
  byte[] sealRefreshToken(byte[] content) {
    byte[] nonce = Arrays.copyOf(hmac(refreshTokenNonce, content), NONCE_BYTES);
    byte[] sealed;
    try {
      sealed = cipher(Cipher.ENCRYPT_MODE, nonce).doFinal(content);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is unavailable in this JVM", e);
    }
    return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
  }

  /** The content of a sealed refresh token; empty when it was not sealed with these keys. */
  Optional<byte[]> openRefreshToken(byte[] token) {
    if (token.length < NONCE_BYTES + TAG_BYTES) {
      return Optional.empty();
    }
    byte[] nonce = Arrays.copyOf(token, NONCE_BYTES);
    byte[] sealed = Arrays.copyOfRange(token, NONCE_BYTES, token.length);
    try {
      return Optional.of(cipher(Cipher.DECRYPT_MODE, nonce).doFinal(sealed));
    } catch (GeneralSecurityException e) {
      return Optional.empty();
    }
  }

  /** A stable seven-digit number for an identity, such as the id in {@code account-user:N}. */
  long viewerNumber(String identity) {
    byte[] digest = hmac(viewerNumbers, identity.getBytes(StandardCharsets.UTF_8));
    long hash = ByteBuffer.wrap(digest).getLong();
    return 1_000_000 + Long.remainderUnsigned(hash, 9_000_000);
  }

  private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance(AES_GCM);
    cipher.init(
        mode,
        new SecretKeySpec(refreshTokenEncryption, "AES"),
        new GCMParameterSpec(TAG_BITS, nonce));
    return cipher;
  }

  private static byte[] label(String purpose) {
    return ("kraken-mock/" + purpose).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] hmac(byte[] key, byte[] input) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key, HMAC));
      return mac.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is unavailable in this JVM", e);
    }
  }
}
