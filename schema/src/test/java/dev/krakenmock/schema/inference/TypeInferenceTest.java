package dev.krakenmock.schema.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.schema.contract.FieldSpec;
import dev.krakenmock.schema.contract.TypeOrigin;
import dev.krakenmock.schema.contract.TypeSpec;
import dev.krakenmock.schema.contract.TypeSystem;
import dev.krakenmock.schema.reference.QueriesReference;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Inference on small references written for one rule each. */
class TypeInferenceTest {

  private static String operation(String name, String type, String query, String response) {
    return name + "\nType: " + type + "\nURL: https://api.example/graphql/\nDescribed.\n"
        + "Query Complexity: 1\nQuery\n" + query + "\nResponse\n" + response + "\n";
  }

  private static TypeSystem infer(String... operations) {
    return TypeInference.infer(QueriesReference.parse(String.join("", operations)));
  }

  private static String field(TypeSystem types, String type, String field) {
    TypeSpec spec = types.type(type).orElseThrow(() -> new AssertionError("no type " + type));
    List<FieldSpec> fields = spec instanceof TypeSpec.ObjectType object ? object.fields()
        : ((TypeSpec.InterfaceType) spec).fields();
    return fields.stream().filter(f -> f.name().equals(field)).findFirst()
        .map(f -> f.type().toString()).orElseThrow(() -> new AssertionError("no field " + field));
  }

  private static final String ACCOUNT = operation("account", "AccountType", """
      query Account($number: String!) {
      account(number: $number) {
      balance
      createdAt
      since
      ratio
      score
      id
      uuid
      name
      status
      flags
      params
      anything
      address {
      ...RichAddressTypeFragment
      }
      bills {
      ...BillConnectionTypeConnectionFragment
      }
      users {
      ...AccountUserTypeFragment
      }
      }
      }""", """
      {
      "data": {
      "account": {
      "balance": 18,
      "createdAt": "1979-03-31T01:08:25.316447+00:00",
      "since": "2017-06-05",
      "ratio": 2.5,
      "score": "1.0",
      "id": "13969484",
      "uuid": "9a6d12ac-2c51-4518-bd7f-31dbd0a1c2e3",
      "name": "final-summer-pass",
      "status": "PENDING",
      "flags": ["ON_HOLD"],
      "params": {"key": "value"},
      "anything": "abc" | 1,
      "address": RichAddressType,
      "bills": BillConnectionTypeConnection,
      "users": [AccountUserType]
      }
      }
      }""");

  @Test
  void infersScalarsFromKrakenFormats() {
    TypeSystem types = infer(ACCOUNT);
    assertEquals("Int", field(types, "AccountType", "balance"));
    assertEquals("DateTime", field(types, "AccountType", "createdAt"));
    assertEquals("Date", field(types, "AccountType", "since"));
    assertEquals("Float", field(types, "AccountType", "ratio"));
    assertEquals("Decimal", field(types, "AccountType", "score"));
    assertEquals("ID", field(types, "AccountType", "id"));
    assertEquals("UUID", field(types, "AccountType", "uuid"));
    assertEquals("String", field(types, "AccountType", "name"));
    assertEquals("JSONString", field(types, "AccountType", "params"));
    assertEquals("GenericScalar", field(types, "AccountType", "anything"));
    assertInstanceOf(TypeSpec.ScalarType.class, types.type("DateTime").orElseThrow());
  }

  @Test
  void namesEnumsAfterTheirFieldAndMarksTheName() {
    TypeSystem types = infer(ACCOUNT);
    assertEquals("AccountTypeStatus", field(types, "AccountType", "status"));
    assertEquals("[AccountTypeFlags]", field(types, "AccountType", "flags"));
    TypeSpec.EnumType status = (TypeSpec.EnumType) types.type("AccountTypeStatus").orElseThrow();
    assertEquals(List.of("PENDING"), status.values());
    assertEquals(Optional.of("AccountType.status"), status.nameInferredFrom());
  }

  @Test
  void takesNamesAndListsOfNestedTypesFromPlaceholders() {
    TypeSystem types = infer(ACCOUNT);
    assertEquals("RichAddressType", field(types, "AccountType", "address"));
    assertEquals("[AccountUserType]", field(types, "AccountType", "users"));
    assertTrue(types.type("RichAddressType").orElseThrow().isOpaque());
    assertEquals(TypeOrigin.DOCUMENTED, types.type("AccountType").orElseThrow().origin());
  }

  @Test
  void completesConnectionsByTheRelayConvention() {
    TypeSystem types = infer(ACCOUNT);
    assertEquals("[BillConnectionTypeEdge]!",
        field(types, "BillConnectionTypeConnection", "edges"));
    assertEquals("PageInfo!", field(types, "BillConnectionTypeConnection", "pageInfo"));
    assertEquals("Int!", field(types, "BillConnectionTypeConnection", "totalCount"));
    assertEquals("BillType", field(types, "BillConnectionTypeEdge", "node"));
    assertEquals("String!", field(types, "BillConnectionTypeEdge", "cursor"));
    assertEquals("Boolean!", field(types, "PageInfo", "hasNextPage"));
    assertEquals(TypeOrigin.RELAY_CONVENTION,
        types.type("BillConnectionTypeConnection").orElseThrow().origin());
    assertTrue(types.type("BillType").orElseThrow().nameInferredFrom().isPresent());
  }

  @Test
  void makesUnionsOfInlineFragmentsAndReusesNamedOnes() {
    TypeSystem types = infer(
        operation("screen", "ScreenType", """
            query Screen {
            screen {
            ... on Dashboard {
            ...DashboardFragment
            }
            ... on FormScreen {
            ...FormScreenFragment
            }
            }
            }""", "{\"data\": {\"screen\": Dashboard}}"),
        operation("wizard", "Wizard", """
            query Wizard {
            wizard {
            screen {
            ... on Dashboard {
            ...DashboardFragment
            }
            ... on FormScreen {
            ...FormScreenFragment
            }
            }
            party {
            ... on Person {
            ...PersonFragment
            }
            }
            }
            }""", "{\"data\": {\"wizard\": {\"screen\": Dashboard, \"party\": Person}}}"));
    TypeSpec.UnionType screen = (TypeSpec.UnionType) types.type("ScreenType").orElseThrow();
    assertEquals(List.of("Dashboard", "FormScreen"), screen.members());
    assertEquals("ScreenType", field(types, "Wizard", "screen"));
    TypeSpec.UnionType party = (TypeSpec.UnionType) types.type("WizardParty").orElseThrow();
    assertEquals(Optional.of("Wizard.party"), party.nameInferredFrom());
    assertInstanceOf(TypeSpec.ObjectType.class, types.type("Person").orElseThrow());
  }

  @Test
  void makesInterfacesOfTypesNamedSoAndGivesTheirFieldsToImplementations() {
    TypeSystem types = infer(operation("device", "DeviceInterface", """
        query Device {
        device {
        id
        ... on Vehicle {
        ...VehicleFragment
        }
        }
        }""", "{\"data\": {\"device\": {\"id\": \"12\"}}}"));
    TypeSpec.InterfaceType device =
        (TypeSpec.InterfaceType) types.type("DeviceInterface").orElseThrow();
    assertEquals(TypeOrigin.DOCUMENTED, device.origin());
    TypeSpec.ObjectType vehicle = (TypeSpec.ObjectType) types.type("Vehicle").orElseThrow();
    assertEquals(List.of("DeviceInterface"), vehicle.interfaces());
    assertEquals("ID", field(types, "Vehicle", "id"));
  }

  @Test
  void classifiesArgumentTypesByTheirExampleValues() {
    TypeSystem types = infer("search\nType: [String]\nURL: https://api.example/\n"
        + "Query Complexity: 1\nQuery\nquery Search($input: SearchInput!, $kind: KindChoices,"
        + " $day: Date, $uuid: UUID, $other: OtherInput) {\nsearch(input: $input, kind: $kind,"
        + " day: $day, uuid: $uuid, other: $other)\n}\nVariables\n{\n\"input\": SearchInput,\n"
        + "\"kind\": \"FAST_ONE\",\n\"day\": \"2020-01-02\",\n\"uuid\": \"x\"\n}\n");
    assertTrue(((TypeSpec.ScalarType) types.type("SearchInput").orElseThrow()).opaqueInput());
    assertEquals(List.of("FAST_ONE"),
        ((TypeSpec.EnumType) types.type("KindChoices").orElseThrow()).values());
    assertFalse(((TypeSpec.ScalarType) types.type("Date").orElseThrow()).opaqueInput());
    assertFalse(((TypeSpec.ScalarType) types.type("UUID").orElseThrow()).opaqueInput());
    assertTrue(((TypeSpec.ScalarType) types.type("OtherInput").orElseThrow()).opaqueInput());
    assertEquals("[String]", types.query().fields().get(0).type().toString());
  }

  @Test
  void recordsExamplesThatContradictTheDeclaredType() {
    TypeSystem types = infer(operation("things", "ThingConnection!", """
        query Things {
        things {
        name
        }
        }""", "{\"data\": {\"things\": [{\"name\": \"a-b\"}]}}"));
    assertEquals(List.of("things", "things"),
        types.discrepancies().stream().map(d -> d.operation()).toList());
    assertEquals(List.of("edgeCount", "edges", "pageInfo", "totalCount"),
        ((TypeSpec.ObjectType) types.type("ThingConnection").orElseThrow()).fields().stream()
            .map(FieldSpec::name).toList());
  }

  @Test
  void keepsAKnownTypeOverTheFallbackOfAFieldWithoutExample() {
    String query = "query Thing {\nthing {\nsize\n}\n}";
    TypeSystem types = infer(
        "thing\nType: Thing\nURL: https://api.example/\nQuery Complexity: 1\nQuery\n" + query
            + "\n",
        operation("thing2", "Thing", query.replace("thing {", "thing2 {")
            .replace("Thing {", "Thing2 {"), "{\"data\": {\"thing2\": {\"size\": 3}}}"));
    assertEquals("Int", field(types, "Thing", "size"));
  }

  @Test
  void rejectsAnExampleThatSelectsAnotherField() {
    assertThrows(IllegalArgumentException.class, () -> infer(operation("one", "One",
        "query One {\ntwo {\nid\n}\n}", "{\"data\": {\"two\": {\"id\": \"1\"}}}")));
  }

  @Test
  void classifiesRootLeavesByTheirExampleValue() {
    TypeSystem types = infer(
        operation("kinds", "[KindChoices]", "query Kinds {\nkinds\n}",
            "{\"data\": {\"kinds\": \"BATTERIES\"}}"),
        operation("today", "Date", "query Today {\ntoday\n}",
            "{\"data\": {\"today\": \"2020-01-01\"}}"),
        operation("names", "[String]", "query Names {\nnames\n}",
            "{\"data\": {\"names\": \"a-b\"}}"));
    assertEquals(List.of("BATTERIES"),
        ((TypeSpec.EnumType) types.type("KindChoices").orElseThrow()).values());
    assertInstanceOf(TypeSpec.ScalarType.class, types.type("Date").orElseThrow());
    assertTrue(types.type("String").isEmpty());
    assertEquals(List.of("kinds", "names", "today"),
        types.query().fields().stream().map(FieldSpec::name).sorted().toList());
  }

  @Test
  void namesANestedTypeFromItsFragmentWhenTheResponseShowsNoPlaceholder() {
    TypeSystem types = infer(operation("holder", "Holder", """
        query Holder {
        holder {
        items {
        ...ItemTypeFragment
        }
        loose {
        ...Untyped
        }
        }
        }""", "{\"data\": {\"holder\": {\"items\": [], \"loose\": null}}}"));
    assertEquals("[ItemType]", field(types, "Holder", "items"));
    assertEquals("HolderLoose", field(types, "Holder", "loose"));
    assertTrue(types.type("HolderLoose").orElseThrow().isOpaque());
    assertTrue(types.type("Untyped").isEmpty());
  }

  @Test
  void reportsArgumentsThatAreNotFedByTheirVariable() {
    TypeSystem types = infer(operation("thing", "Thing", """
        query Thing($x: ID) {
        thing(id: $x, kind: "A") {
        id
        }
        }""", "{\"data\": {\"thing\": {\"id\": \"1\"}}}"));
    assertEquals(2, types.discrepancies().size());
    assertTrue(types.discrepancies().get(0).problem().contains("'id'"));
  }

  @Test
  void givesNestedConnectionsRelayPaginationArguments() {
    TypeSystem types = infer(ACCOUNT);
    FieldSpec bills = ((TypeSpec.ObjectType) types.type("AccountType").orElseThrow()).fields()
        .stream().filter(f -> f.name().equals("bills")).findFirst().orElseThrow();
    assertEquals(List.of("after: String", "before: String", "first: Int", "last: Int"),
        bills.arguments().stream().map(a -> a.name() + ": " + a.type()).toList());
    FieldSpec address = ((TypeSpec.ObjectType) types.type("AccountType").orElseThrow()).fields()
        .stream().filter(f -> f.name().equals("address")).findFirst().orElseThrow();
    assertEquals(List.of(), address.arguments());
  }
}
