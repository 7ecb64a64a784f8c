/**
 * Folders of files the server reloads while it runs (scenarios, fixtures): which files changed
 * between two polls, once the change has settled, the polling itself, and the files' JSON as
 * plain Java values.
 */
@NullMarked
package dev.krakenmock.server.files;

import org.jspecify.annotations.NullMarked;
