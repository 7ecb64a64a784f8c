package dev.krakenmock.server.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/** Compact JWS with HS256: encodes claims and checks tokens, the JSON Web Token way. */
final class JwtCodec {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final String ALGORITHM = "HS256";
  private static final String TYPE = "JWT";
  private static final String HEADER =
      ENCODER.encodeToString(
          ("{\"alg\":\"" + ALGORITHM + "\",\"typ\":\"" + TYPE + "\"}")
              .getBytes(StandardCharsets.UTF_8));

  private final TokenKeys keys;

  JwtCodec(TokenKeys keys) {
    this.keys = keys;
  }

  String encode(Map<String, Object> claims) {
    String signingInput = HEADER + "." + ENCODER.encodeToString(toJson(claims));
    return signingInput + "." + ENCODER.encodeToString(sign(signingInput));
  }

  /** The claims of a token signed with these keys; empty for anything else. */
  Optional<Map<String, Object>> decode(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      byte[] signature = DECODER.decode(parts[2]);
      if (!MessageDigest.isEqual(signature, sign(parts[0] + "." + parts[1]))) {
        return Optional.empty();
      }
      boolean knownHeader =
          fromJson(DECODER.decode(parts[0]))
              .filter(header -> ALGORITHM.equals(header.get("alg")))
              .filter(header -> TYPE.equals(header.getOrDefault("typ", TYPE)))
              .isPresent();
      return knownHeader ? fromJson(DECODER.decode(parts[1])) : Optional.empty();
    } catch (IllegalArgumentException e) {
      // Not base64url.
      return Optional.empty();
    }
  }

  private byte[] sign(String signingInput) {
    return keys.signAccessToken(signingInput.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] toJson(Map<String, Object> value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("claims must be plain JSON values", e);
    }
  }

  static Optional<Map<String, Object>> fromJson(byte[] json) {
    try {
      return Optional.ofNullable(JSON.readValue(json, OBJECT));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
