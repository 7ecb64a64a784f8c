package dev.krakenmock.server.engine;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A field error in Kraken's shape: {@code message}, {@code locations}, {@code path}, {@code
 * extensions}, and nothing else (graphql-java would add a {@code classification}).
 */
final class KrakenGraphqlError implements GraphQLError {

  private static final long serialVersionUID = 1L;

  private final String message;
  private final List<SourceLocation> locations;
  private final List<Object> path;
  private final Map<String, Object> extensions;

  KrakenGraphqlError(String message, List<SourceLocation> locations, List<Object> path,
      Map<String, Object> extensions) {
    this.message = message;
    this.locations = List.copyOf(locations);
    this.path = List.copyOf(path);
    this.extensions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
  }

  @Override
  public String getMessage() {
    return message;
  }

  @Override
  public List<SourceLocation> getLocations() {
    return locations;
  }

  @Override
  public List<Object> getPath() {
    return path;
  }

  @Override
  public @Nullable ErrorClassification getErrorType() {
    return null;
  }

  @Override
  public Map<String, Object> getExtensions() {
    return extensions;
  }

  @Override
  public Map<String, Object> toSpecification() {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("message", message);
    error.put("locations", locations.stream().map(location -> {
      Map<String, Object> ordered = new LinkedHashMap<>();
      ordered.put("line", location.getLine());
      ordered.put("column", location.getColumn());
      return ordered;
    }).toList());
    error.put("path", path);
    error.put("extensions", extensions);
    return error;
  }
}
