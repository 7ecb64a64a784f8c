/**
 * The admin API under {@code /__admin}, as plain Java: one {@link
 * dev.krakenmock.server.admin.AdminTask} per endpoint, taking an {@link
 * dev.krakenmock.server.admin.AdminRequest} of strings and returning an {@link
 * dev.krakenmock.server.admin.AdminResponse} of a status and a JSON-ready body. The HTTP layer
 * routes requests to the tasks and writes their answers; the tasks act on the scenario store
 * and the request journal.
 */
@NullMarked
package dev.krakenmock.server.admin;

import org.jspecify.annotations.NullMarked;
