/**
 * The contract suite: black-box tests of the Kraken GraphQL API over HTTP, run against the mock by
 * default or against any endpoint named by {@code kraken.url}. Sub-packages group tests by area;
 * {@code support} holds what they share.
 */
@NullMarked
package dev.krakenmock.contract;

import org.jspecify.annotations.NullMarked;
