/**
 * What every contract test needs to reach its target: {@link
 * dev.krakenmock.contract.support.ContractTarget} says where the API under test is, {@link
 * dev.krakenmock.contract.support.MockServerExtension} hands it to tests, and {@link
 * dev.krakenmock.contract.support.LocalServerLauncher} starts the mock in-process when no URL is
 * given. Only the launcher may know the mock's classes.
 */
@NullMarked
package dev.krakenmock.contract.support;

import org.jspecify.annotations.NullMarked;
