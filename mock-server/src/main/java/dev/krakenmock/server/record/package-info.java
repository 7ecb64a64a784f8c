/**
 * Record mode: forwards each GraphQL request to a real instance, hands its answer back unchanged,
 * and writes the answer as an operation fixture keyed by operation name and normalised variables,
 * with personal data replaced by made-up values, deterministically. Tokens are never written.
 */
@NullMarked
package dev.krakenmock.server.record;

import org.jspecify.annotations.NullMarked;
