package dev.krakenmock.server.http;

/** The three kinds of GraphQL operation, as their keywords name them. */
enum OperationType {
  QUERY,
  MUTATION,
  SUBSCRIPTION
}
