/**
 * GraphQL execution. {@link dev.krakenmock.server.engine.GraphqlEngine} turns whatever SDL the
 * schema module generated into an executable graphql-java schema, wired generically by {@link
 * dev.krakenmock.server.engine.MockWiringFactory} so that no type name is hard-coded here. This is
 * the only package of the server that sees graphql-java.
 */
@NullMarked
package dev.krakenmock.server.engine;

import org.jspecify.annotations.NullMarked;
