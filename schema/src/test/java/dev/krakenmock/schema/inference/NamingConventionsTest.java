package dev.krakenmock.schema.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamingConventionsTest {

  @Test
  void namesTheTypeOfAFragment() {
    assertEquals(Optional.of("RichAddressType"),
        NamingConventions.fragmentType("RichAddressTypeFragment"));
    assertEquals(Optional.empty(), NamingConventions.fragmentType("Fragment"));
    assertEquals(Optional.empty(), NamingConventions.fragmentType("RichAddress"));
  }

  @Test
  void derivesEdgesAndNodesOfConnections() {
    assertTrue(NamingConventions.isConnection("AgreementConnection"));
    assertFalse(NamingConventions.isConnection("Connection"));
    assertFalse(NamingConventions.isConnection("OCPPConnectionType"));
    assertEquals("APIBrownoutEdge", NamingConventions.edgeOf("APIBrownoutConnection"));
    assertEquals("AccountEventConnectionTypeEdge",
        NamingConventions.edgeOf("AccountEventConnectionTypeConnection"));
    assertEquals("AccountEventType", NamingConventions.nodeOf("AccountEventConnectionTypeConnection"));
    assertEquals("Agreement", NamingConventions.nodeOf("AgreementConnection"));
    assertEquals("ConnectionType", NamingConventions.nodeOf("ConnectionTypeConnection"));
  }

  @Test
  void recognisesInterfacesByName() {
    assertTrue(NamingConventions.isInterfaceName("BillInterface"));
    assertFalse(NamingConventions.isInterfaceName("Interface"));
    assertFalse(NamingConventions.isInterfaceName("InterfaceType"));
    assertEquals("ContractParty", NamingConventions.inferredName("Contract", "party"));
  }
}
