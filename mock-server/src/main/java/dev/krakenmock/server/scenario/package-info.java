/**
 * Scripted outcomes: scenarios that fail fields with Kraken error codes, answer with fixed data,
 * delay, or break the HTTP exchange, matched on the request and stateful per session. The
 * scenario package decides what happens; the engine and the HTTP layer carry it out.
 */
@NullMarked
package dev.krakenmock.server.scenario;

import org.jspecify.annotations.NullMarked;
