package dev.krakenmock.contract.query;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.krakenmock.contract.support.ContractTarget;
import dev.krakenmock.contract.support.MockServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MockServerExtension.class)
class SchemaIntrospectionContractIT {

  private static final String QUERY_TYPE_INTROSPECTION =
      "{\"query\":\"{ __schema { queryType { name fields { name } } } }\"}";

  @Test
  void listsAQueryTypeWithAtLeastOneField(ContractTarget target) {
    given()
        .spec(target.graphqlRequest())
        .body(QUERY_TYPE_INTROSPECTION)
        .when()
        .post()
        .then()
        .statusCode(200)
        .contentType(startsWith("application/json"))
        .body("errors", nullValue())
        .body("data.__schema.queryType.name", equalTo("Query"))
        .body("data.__schema.queryType.fields.size()", greaterThan(0))
        .body("data.__schema.queryType.fields.name", everyItem(not(emptyOrNullString())));
  }
}
