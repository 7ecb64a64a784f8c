package dev.krakenmock.server.auth;

/** Who a token speaks for: a person with an account, or an organisation (a partner's back end). */
public enum ViewerType {
  CUSTOMER,
  ORGANIZATION
}
