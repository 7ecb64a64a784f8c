package dev.krakenmock.schema.sdl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.schema.contract.ApiContract;
import dev.krakenmock.schema.contract.ExampleDiscrepancy;
import dev.krakenmock.schema.contract.ExampleValue;
import dev.krakenmock.schema.contract.OperationSpec;
import dev.krakenmock.schema.contract.TypeSystem;
import dev.krakenmock.schema.inference.TypeInference;
import dev.krakenmock.schema.reference.QueriesReference;
import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The committed SDL against graphql-java and against every example of the reference. */
class GeneratedSchemaTest {

  private static final ApiContract CONTRACT =
      QueriesReference.parse(QueriesReference.bundledText());
  private static final TypeSystem TYPES = TypeInference.infer(CONTRACT);
  private static final GraphQLSchema SCHEMA = SchemaLoader.load(GeneratedSchema.sdl(),
      env -> env.getSchema().getObjectType("Query"));
  private static final Pattern SPREAD = Pattern.compile("\\.\\.\\.(\\w+)Fragment\\b");

  /** Every fragment an example spreads, defined as {@code fragment XFragment on X}. */
  static String withFragments(String query) {
    Set<String> types = new TreeSet<>();
    Matcher matcher = SPREAD.matcher(query);
    while (matcher.find()) {
      types.add(matcher.group(1));
    }
    return query + types.stream()
        .map(type -> "\nfragment " + type + "Fragment on " + type + " { __typename }")
        .collect(Collectors.joining());
  }

  @Test
  void declaresEveryOperationWithItsExactTypes() {
    List<GraphQLFieldDefinition> fields = SCHEMA.getQueryType().getFieldDefinitions();
    assertEquals(176, fields.size());
    for (OperationSpec operation : CONTRACT.operations()) {
      GraphQLFieldDefinition field = SCHEMA.getQueryType().getFieldDefinition(operation.name());
      assertEquals(operation.returnType().toString(), GraphQLTypeUtil.simplePrint(field.getType()),
          operation.name());
      assertEquals(operation.arguments().size(), field.getArguments().size(), operation.name());
      for (var argument : operation.arguments()) {
        GraphQLArgument declared = field.getArgument(argument.name());
        assertEquals(argument.type().toString(), GraphQLTypeUtil.simplePrint(declared.getType()),
            operation.name() + "." + argument.name());
      }
      assertEquals(operation.deprecation().isPresent(), field.isDeprecated(), operation.name());
    }
  }

  @Test
  void validatesEveryExampleQueryExceptTheOnesThatContradictTheirDeclaredType() {
    Map<String, List<String>> failures = new TreeMap<>();
    for (OperationSpec operation : CONTRACT.operations()) {
      ExecutionInput input = ExecutionInput.newExecutionInput()
          .query(withFragments(operation.example().query())).build();
      ParseAndValidateResult result = ParseAndValidate.parseAndValidate(SCHEMA, input);
      if (result.isFailure()) {
        failures.put(operation.name(), result.getErrors().stream()
            .map(GraphQLError::getMessage).toList());
      }
    }
    Set<String> contradicted = TYPES.discrepancies().stream()
        .filter(d -> d.problem().contains("not of the declared connection"))
        .map(ExampleDiscrepancy::operation).collect(Collectors.toSet());
    assertEquals(Set.of("properties"), contradicted);
    assertEquals(contradicted, failures.keySet(), failures.toString());
  }

  @Test
  void coercesEveryExampleVariablesObjectAgainstTheArgumentTypes() {
    GraphQL graphql = GraphQL.newGraphQL(SCHEMA).build();
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (OperationSpec operation : CONTRACT.operations()) {
      if (operation.example().variables().isEmpty()
          || operation.name().equals("properties")) {
        continue;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> variables =
          (Map<String, Object>) ExampleValues.toJava(operation.example().variables().get());
      ExecutionResult result = graphql.execute(ExecutionInput.newExecutionInput()
          .query(withFragments(operation.example().query())).variables(variables).build());
      result.getErrors().stream()
          .filter(error -> error.getErrorType() == ErrorType.ValidationError)
          .forEach(error -> failures.add(operation.name() + ": " + error.getMessage()));
      checked++;
    }
    assertEquals(List.of(), failures);
    assertEquals(155, checked);
  }

  @Test
  void rejectsVariablesOutOfKrakenFormats() {
    GraphQL graphql = GraphQL.newGraphQL(SCHEMA).build();
    OperationSpec accountContract = CONTRACT.operation("accountContract").orElseThrow();
    ExecutionResult result = graphql.execute(ExecutionInput.newExecutionInput()
        .query(withFragments(accountContract.example().query()))
        .variables(Map.of("version", "not a number")).build());
    assertEquals(ErrorType.ValidationError, result.getErrors().get(0).getErrorType());
  }

  @Test
  void fitsEveryScalarOfEveryExampleResponseToItsField() {
    ResponseShapeChecker checker = new ResponseShapeChecker(SCHEMA);
    List<String> failures = new ArrayList<>();
    for (OperationSpec operation : CONTRACT.operations()) {
      ExampleValue data = operation.example().responseData(operation.name()).orElse(null);
      if (data == null || operation.name().equals("properties")) {
        continue;
      }
      GraphQLFieldDefinition field = SCHEMA.getQueryType().getFieldDefinition(operation.name());
      failures.addAll(checker.check(operation.name(), field.getType(), data));
    }
    assertEquals(List.of(), failures);
    assertTrue(checker.leavesChecked() >= 850, "leaves checked: " + checker.leavesChecked());
  }
}
