package dev.krakenmock.contract.conformance;

import dev.krakenmock.contract.document.ExampleDocuments;
import dev.krakenmock.contract.document.QueryDocument;
import dev.krakenmock.contract.model.ContractModel;
import dev.krakenmock.contract.model.ContractModel.DocumentedError;
import dev.krakenmock.contract.support.ContractTarget;
import dev.krakenmock.contract.support.GraphqlRequest;
import dev.krakenmock.contract.support.GraphqlResponse;
import dev.krakenmock.schema.contract.ErrorSpec;
import dev.krakenmock.schema.contract.OperationSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The checks of the contract suite against one target: read its schema by introspection and compare
 * each operation; send each documented example, each scripted error and any generated query, and
 * judge what comes back. Every method talks HTTP only.
 */
public final class ContractChecks {

  /**
   * The header that asks kraken-mock to fail an operation with a code: {@code account/KT-CT-4177}.
   */
  public static final String SCENARIO_HEADER = "X-Mock-Scenario";

  private static final String INTROSPECTION = "introspection.graphql";

  private final ContractTarget target;
  private final ContractModel model;
  private final ExampleDocuments examples;
  private final ResponseJudge responses;
  private final SchemaJudge schemas;

  private ContractChecks(ContractTarget target, ContractModel model) {
    this.target = target;
    this.model = model;
    this.examples = new ExampleDocuments(model);
    this.responses = new ResponseJudge(model);
    this.schemas = new SchemaJudge(model);
  }

  /** The checks of the model's contract against the target. */
  public static ContractChecks against(ContractTarget target, ContractModel model) {
    return new ContractChecks(target, model);
  }

  /**
   * The target's schema, read with the standard introspection query.
   *
   * @throws IntrospectionUnavailableException when the target does not answer it
   */
  public IntrospectedSchema introspect() {
    GraphqlResponse response = target.execute(GraphqlRequest.of(introspectionQuery()));
    JsonNode json =
        response
            .json()
            .orElseThrow(
                () ->
                    new IntrospectionUnavailableException(
                        "HTTP "
                            + response.status()
                            + ": "
                            + ResponseJudge.abbreviated(response.body())));
    return IntrospectedSchema.from(json);
  }

  /** Where the operation's field, arguments and types in the target's schema depart from it. */
  public List<Departure> schemaOf(OperationSpec operation, IntrospectedSchema schema) {
    return schemas.judge(operation, schema);
  }

  /** Sends the operation's example, its fragments expanded, and judges the answer. */
  public Probe example(OperationSpec operation) {
    return send(examples.of(operation));
  }

  /** Sends a document, e.g. a generated one, and judges the answer. */
  public Probe send(QueryDocument document) {
    GraphqlResponse response = target.execute(document.request());
    return new Probe(document, response, responses.judge(document, response));
  }

  /** Sends the operation's example scripted to fail with the code, and judges the error. */
  public Probe scenario(DocumentedError pair) {
    QueryDocument document = examples.of(pair.operation());
    ErrorSpec error = pair.error();
    GraphqlResponse response =
        target.execute(document.request().withHeader(SCENARIO_HEADER, scenarioOf(pair)));
    return new Probe(document, response, responses.judgeScenario(document, error, response));
  }

  /**
   * Whether the target carries out scripted errors: {@code account}'s example with {@code
   * X-Mock-Scenario: account/KT-CT-4177} answers that code, and without the header it does not.
   */
  public boolean honoursScenarios() {
    DocumentedError probe =
        model.documentedErrors().stream()
            .filter(pair -> pair.toString().equals("account/KT-CT-4177"))
            .findFirst()
            .orElse(model.documentedErrors().get(0));
    String code = "\"" + probe.error().code() + "\"";
    return scenario(probe).response().body().contains(code)
        && !example(probe.operation()).response().body().contains(code);
  }

  private static String scenarioOf(DocumentedError pair) {
    return pair.operation().name() + "/" + pair.error().code();
  }

  private static String introspectionQuery() {
    try (InputStream in = ContractChecks.class.getResourceAsStream(INTROSPECTION)) {
      if (in == null) {
        throw new IllegalStateException(
            "Missing " + INTROSPECTION + " beside " + ContractChecks.class);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
