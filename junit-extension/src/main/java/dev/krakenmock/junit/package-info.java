/**
 * A JUnit 5 extension that runs the Kraken mock in-process: {@link
 * dev.krakenmock.junit.KrakenMock} on a test class starts one server on a free port for the class,
 * each test gets its own session through {@link dev.krakenmock.junit.KrakenMockServer}, and {@link
 * dev.krakenmock.junit.KrakenMockAdmin} scripts scenarios and fixtures and reads the request
 * journal over the admin API, undoing what a test added when it ends.
 */
@NullMarked
package dev.krakenmock.junit;

import org.jspecify.annotations.NullMarked;
