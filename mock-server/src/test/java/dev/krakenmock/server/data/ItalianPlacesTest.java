package dev.krakenmock.server.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ItalianPlacesTest {

  @Test
  void drawsOnlyTheCityOwnPostcodes() {
    SeededRandom random = new SeededRandom();
    for (ItalianPlaces.Place place : ItalianPlaces.PLACES) {
      Set<String> drawn = new HashSet<>();
      for (long seed = 0; seed < 500; seed++) {
        random.reseed(seed);
        String postcode = place.postcode(random);
        assertTrue(postcode.matches("\\d{5}"), postcode);
        assertTrue(place.hasPostcode(postcode), () -> place.city() + " " + postcode);
        drawn.add(postcode);
      }
      assertEquals(place.postcodeCount(), drawn.size(), place.city());
    }
  }

  @Test
  void givesNoPostcodeToTwoCities() {
    Set<String> seen = new HashSet<>();
    for (ItalianPlaces.Place place : ItalianPlaces.PLACES) {
      int first = Integer.parseInt(place.firstPostcode());
      for (int i = 0; i < place.postcodeCount(); i++) {
        String postcode = String.format("%05d", first + i);
        assertTrue(seen.add(postcode), postcode);
      }
    }
  }

  @Test
  void keepsLeadingZerosAndRejectsTheNeighbouringPostcodes() {
    ItalianPlaces.Place perugia =
        ItalianPlaces.PLACES.stream().filter(p -> p.city().equals("Perugia")).findFirst().get();
    assertTrue(perugia.hasPostcode("06121"));
    assertTrue(perugia.hasPostcode("06135"));
    assertFalse(perugia.hasPostcode("06120"));
    assertFalse(perugia.hasPostcode("06136"));
    assertFalse(perugia.hasPostcode("6121"));
  }

  @Test
  void namesOnlyKnownRegions() {
    for (ItalianPlaces.Place place : ItalianPlaces.PLACES) {
      assertTrue(ItalianPlaces.REGIONS.contains(place.region()), place.region());
      assertTrue(place.province().matches("[A-Z]{2}"), place.province());
      assertTrue(place.cadastralCode().matches("[A-Z]\\d{3}"), place.cadastralCode());
    }
  }
}
