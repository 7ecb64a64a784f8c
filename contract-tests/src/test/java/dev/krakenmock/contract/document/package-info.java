/**
 * The queries the suite sends: the reference's examples with their fragments expanded to what the
 * contract knows, and seeded random queries drawn from the contract's types. A {@link
 * dev.krakenmock.contract.document.QueryDocument} keeps the selection tree it was printed from, so
 * that the checks know exactly what the response must hold. Only this package reads GraphQL text.
 */
@NullMarked
package dev.krakenmock.contract.document;

import org.jspecify.annotations.NullMarked;
