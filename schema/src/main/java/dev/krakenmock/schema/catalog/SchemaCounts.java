package dev.krakenmock.schema.catalog;

import dev.krakenmock.schema.contract.TypeOrigin;
import dev.krakenmock.schema.contract.TypeSpec;
import dev.krakenmock.schema.contract.TypeSystem;
import java.util.LinkedHashMap;
import java.util.Map;

/** How many types of each kind the generated schema has, and how they are known. */
public record SchemaCounts(
    int queryFields,
    int documentedObjectTypes,
    int opaqueObjectTypes,
    int relayConventionTypes,
    int opaqueInputTypes,
    int customScalars,
    int enums,
    int unions,
    int interfaces,
    int connections) {

  public static SchemaCounts of(TypeSystem types) {
    return new SchemaCounts(
        types.query().fields().size(),
        (int) objects(types).filter(o -> o.origin() == TypeOrigin.DOCUMENTED)
            .filter(o -> !o.name().equals(TypeSystem.QUERY)).count(),
        (int) objects(types).filter(TypeSpec::isOpaque).count(),
        (int) objects(types).filter(o -> o.origin() == TypeOrigin.RELAY_CONVENTION).count(),
        (int) types.typesOf(TypeSpec.ScalarType.class).filter(TypeSpec.ScalarType::opaqueInput)
            .count(),
        (int) types.typesOf(TypeSpec.ScalarType.class).filter(s -> !s.opaqueInput()).count(),
        (int) types.typesOf(TypeSpec.EnumType.class).count(),
        (int) types.typesOf(TypeSpec.UnionType.class).count(),
        (int) types.typesOf(TypeSpec.InterfaceType.class).count(),
        (int) objects(types).filter(o -> o.name().endsWith("Connection")).count());
  }

  private static java.util.stream.Stream<TypeSpec.ObjectType> objects(TypeSystem types) {
    return types.typesOf(TypeSpec.ObjectType.class);
  }

  public Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("queryFields", queryFields);
    map.put("documentedObjectTypes", documentedObjectTypes);
    map.put("opaqueObjectTypes", opaqueObjectTypes);
    map.put("relayConventionTypes", relayConventionTypes);
    map.put("opaqueInputTypes", opaqueInputTypes);
    map.put("customScalars", customScalars);
    map.put("enums", enums);
    map.put("unions", unions);
    map.put("interfaces", interfaces);
    map.put("connections", connections);
    return map;
  }
}
