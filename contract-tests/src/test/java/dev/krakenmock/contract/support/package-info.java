/**
 * What every contract test needs to reach its target: {@link
 * dev.krakenmock.contract.support.ContractTarget} says where the API under test is and posts
 * requests to it, {@link dev.krakenmock.contract.support.MockServerExtension} hands it to tests,
 * {@link dev.krakenmock.contract.support.LocalServerLauncher} starts the mock's jar as a separate
 * process when no URL is given, and {@link dev.krakenmock.contract.support.SuiteSetting} lists the
 * settings. The suite knows the mock only as a jar and a URL.
 */
@NullMarked
package dev.krakenmock.contract.support;

import org.jspecify.annotations.NullMarked;
