package dev.krakenmock.server.engine;

import dev.krakenmock.server.engine.MockValues.MockObject;
import dev.krakenmock.server.engine.OpaqueSelections.CapturedField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Puts the answers of the taken-out fields into an executed response: at each place the executed
 * document asked {@code __typename} instead, under the same response key.
 */
final class ResponsePatcher {

  private final SelectionGenerator generator;
  private final Map<String, MockObject> identities;
  private final String rootType;

  ResponsePatcher(SelectionGenerator generator, Map<String, MockObject> identities,
      String rootType) {
    this.generator = generator;
    this.identities = identities;
    this.rootType = rootType;
  }

  void patch(@Nullable Object data, List<CapturedField> captures) {
    for (CapturedField capture : captures) {
      visit(data, capture, 0, new ArrayList<>());
    }
  }

  @SuppressWarnings("unchecked")
  private void visit(@Nullable Object node, CapturedField capture, int depth,
      List<Object> concrete) {
    if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        concrete.add(i);
        visit(list.get(i), capture, depth, concrete);
        concrete.remove(concrete.size() - 1);
      }
      return;
    }
    if (!(node instanceof Map<?, ?> map)) {
      return;
    }
    List<String> parentPath = capture.parentPath();
    if (depth < parentPath.size()) {
      concrete.add(parentPath.get(depth));
      visit(map.get(parentPath.get(depth)), capture, depth + 1, concrete);
      concrete.remove(concrete.size() - 1);
      return;
    }
    Map<String, Object> object = (Map<String, Object>) map;
    if (!object.containsKey(capture.responseKey())) {
      return;
    }
    Object parentTypeName = object.get(capture.responseKey());
    String parentType = parentTypeName instanceof String name ? name : capture.parentType();
    String path = CapturedIdentities.concretePath(concrete);
    MockObject parent = concrete.isEmpty() ? EntityGraph.root(rootType)
        : identities.getOrDefault(path, MockObject.unkeyed(parentType, path));
    object.put(capture.responseKey(), generator.field(parent, parentType, capture.field(),
        capture.definition(), String.join(".", capture.path())));
  }
}
