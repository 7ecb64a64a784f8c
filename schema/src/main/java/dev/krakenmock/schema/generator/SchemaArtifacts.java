package dev.krakenmock.schema.generator;

import dev.krakenmock.schema.catalog.CatalogWriter;
import dev.krakenmock.schema.contract.ApiContract;
import dev.krakenmock.schema.contract.TypeSystem;
import dev.krakenmock.schema.inference.TypeInference;
import dev.krakenmock.schema.reference.QueriesReference;
import dev.krakenmock.schema.sdl.SdlWriter;

/** The generated artifacts of a reference: its SDL and its catalog, as text. */
public record SchemaArtifacts(String sdl, String catalogJson) {

  /** The artifacts of the bundled reference. */
  public static SchemaArtifacts fromBundledReference() {
    return of(QueriesReference.bundledContract());
  }

  public static SchemaArtifacts of(ApiContract contract) {
    TypeSystem types = TypeInference.infer(contract);
    return new SchemaArtifacts(SdlWriter.write(types), CatalogWriter.write(contract, types));
  }
}
