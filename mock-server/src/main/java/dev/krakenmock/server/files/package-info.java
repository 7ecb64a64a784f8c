/**
 * Folders of files the server reloads while it runs (scenarios, fixtures): which files changed
 * between two polls, once the change has settled, and the polling itself.
 */
@NullMarked
package dev.krakenmock.server.files;

import org.jspecify.annotations.NullMarked;
