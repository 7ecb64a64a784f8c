package dev.krakenmock.contract.document;

import dev.krakenmock.schema.sdl.GeneratedSchema;
import dev.krakenmock.schema.sdl.SchemaLoader;
import graphql.ParseAndValidate;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import java.util.List;

/** Validates query documents against the contract's SDL, as a strict server would. */
final class ContractSchemaValidation {

  private static final GraphQLSchema SCHEMA =
      SchemaLoader.load(GeneratedSchema.sdl(), environment -> null);

  private ContractSchemaValidation() {}

  /** The validation errors of the document's text; empty when it is valid. */
  static List<String> errors(QueryDocument document) {
    List<ValidationError> errors = ParseAndValidate.validate(SCHEMA, Parser.parse(document.text()));
    return errors.stream().map(ValidationError::getMessage).toList();
  }
}
