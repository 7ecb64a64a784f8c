package dev.krakenmock.server.engine;

import dev.krakenmock.server.engine.MockValues.MockObject;
import graphql.GraphQLContext;
import graphql.language.Document;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The identities of the objects that hold fields taken out of the executed document, recorded
 * while graphql-java executes, by concrete response path ({@code viewer/accounts/0}), so that the
 * taken-out fields are generated from the same entity as their siblings.
 */
final class CapturedIdentities {

  private static final String WANTED = CapturedIdentities.class.getName() + ".wanted";
  private static final String FOUND = CapturedIdentities.class.getName() + ".found";

  private CapturedIdentities() {}

  /**
   * The names of the fields whose answers may have to be recorded for {@code wanted}: every
   * response key on those paths, and the name of every aliased field of the document (its
   * response key differs from its name). A field whose name is not among them is never at a
   * wanted path, and is answered without its response path.
   */
  static Set<String> fieldNamesOnPaths(Document document, Set<List<String>> wanted) {
    Set<String> names = new java.util.HashSet<>();
    wanted.forEach(names::addAll);
    if (!names.isEmpty()) {
      addAliasedFieldNames(document, names);
    }
    return Set.copyOf(names);
  }

  private static void addAliasedFieldNames(graphql.language.Node<?> node, Set<String> names) {
    if (node instanceof graphql.language.Field field && field.getAlias() != null) {
      names.add(field.getName());
    }
    for (graphql.language.Node<?> child : node.getChildren()) {
      addAliasedFieldNames(child, names);
    }
  }

  /** Prepares a request's context to record the identities at {@code wanted} response paths. */
  static void expect(GraphQLContext context, Set<List<String>> wanted) {
    if (!wanted.isEmpty()) {
      context.put(WANTED, wanted);
      context.put(FOUND, new ConcurrentHashMap<String, MockObject>());
    }
  }

  /** The objects recorded for a request (their identity and fixtures), by concrete path. */
  static Map<String, MockObject> found(GraphQLContext context) {
    Map<String, MockObject> found = context.get(FOUND);
    return found == null ? Map.of() : found;
  }

  static String concretePath(List<Object> segments) {
    StringBuilder path = new StringBuilder();
    for (Object segment : segments) {
      if (path.length() > 0) {
        path.append('/');
      }
      path.append(segment);
    }
    return path.toString();
  }

  /** Records, from the data fetchers, the objects whose identity a request wants. */
  static final class Recorder {

    void record(DataFetchingEnvironment environment, @Nullable Object value) {
      // Only objects and lists of them are kept: leaves, most fields, need no path.
      if (!(value instanceof MockObject) && !(value instanceof List<?>)) {
        return;
      }
      Set<List<String>> wanted = environment.getGraphQlContext().get(WANTED);
      if (wanted == null) {
        return;
      }
      List<Object> segments = environment.getExecutionStepInfo().getPath().toList();
      List<String> keys = new ArrayList<>();
      for (Object segment : segments) {
        if (segment instanceof String key) {
          keys.add(key);
        }
      }
      if (!wanted.contains(keys)) {
        return;
      }
      Map<String, MockObject> found = environment.getGraphQlContext().get(FOUND);
      store(found, new ArrayList<>(segments), value);
    }

    private static void store(Map<String, MockObject> found, List<Object> segments,
        Object value) {
      if (value instanceof MockObject object) {
        found.put(concretePath(segments), object);
      } else if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          List<Object> element = new ArrayList<>(segments);
          element.add(i);
          if (list.get(i) != null) {
            store(found, element, list.get(i));
          }
        }
      }
    }
  }
}
