package dev.krakenmock.server.auth;

/** How a token was obtained: one value per credential method of {@code obtainKrakenToken}. */
public enum GrantType {
  EMAIL_AND_PASSWORD("EMAIL-AND-PASSWORD"),
  API_KEY("API-KEY"),
  REFRESH_TOKEN("REFRESH-TOKEN"),
  ORGANIZATION_SECRET_KEY("ORGANIZATION-SECRET-KEY"),
  PRE_SIGNED_KEY("PRE-SIGNED-KEY");

  private final String claim;

  GrantType(String claim) {
    this.claim = claim;
  }

  /** The value of the token's {@code gty} claim. */
  public String claim() {
    return claim;
  }

  static GrantType fromClaim(String value) {
    for (GrantType type : values()) {
      if (type.claim.equals(value)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown grant type: " + value);
  }
}
