/**
 * Kraken tokens: {@link dev.krakenmock.server.auth.KrakenTokenIssuer} answers {@code
 * obtainKrakenToken}'s credentials with a signed JWT and a refresh token, and {@link
 * dev.krakenmock.server.auth.KrakenTokenVerifier} reads them back from an {@code Authorization}
 * header or a refresh request. Both are stateless: every key derives from the seed, so restarts and
 * replicas with the same seed accept each other's tokens. Plain Java, Jackson and the JDK's crypto
 * only; GraphQL and HTTP map the outcomes to Kraken's error codes.
 */
@NullMarked
package dev.krakenmock.server.auth;

import org.jspecify.annotations.NullMarked;
