/**
 * The request journal: what every GraphQL request asked (operation, root fields, variables,
 * headers of interest) and got (status, error codes, the scenario that scripted it), kept in
 * memory per session and bounded, so that tests can verify what a client sent. Plain Java: the
 * HTTP layer records entries, the admin API lists, counts and clears them.
 */
@NullMarked
package dev.krakenmock.server.journal;

import org.jspecify.annotations.NullMarked;
