/**
 * Infers the schema's types from the contract's examples: fields from the example selections,
 * scalar kinds from the example values, type names from fragment names and response
 * placeholders, unions and interfaces from inline fragments, and Relay connections by
 * convention. Uses graphql-java's parser to read the example queries.
 */
@NullMarked
package dev.krakenmock.schema.inference;

import org.jspecify.annotations.NullMarked;
