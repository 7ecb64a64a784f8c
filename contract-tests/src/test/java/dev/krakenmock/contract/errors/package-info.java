/**
 * Contract tests of the errors the reference documents: each (operation, code) pair, scripted with
 * kraken-mock's {@code X-Mock-Scenario} header, must come back in Kraken's envelope.
 */
@NullMarked
package dev.krakenmock.contract.errors;

import org.jspecify.annotations.NullMarked;
