package dev.krakenmock.server.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.krakenmock.server.data.StandInValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Replaces personal data in a GraphQL response with made-up values, deterministically: names,
 * emails, phone numbers, street addresses and address lines, postcodes, IBANs and bank accounts,
 * codice fiscale and birth dates. A field's name says what it holds ({@link PersonalDataKind});
 * strings in fields whose name says nothing (aliases, error messages) go through a net that finds
 * emails, valid IBANs, Italian phone numbers, valid codice fiscale, and the full names replaced
 * elsewhere in the same response. Secrets ({@code token}, {@code refreshToken} and the like) are
 * removed, never written.
 *
 * <p>Cities, provinces, countries, account numbers, amounts, dates and supply point identifiers
 * (POD, PDR) are kept: they identify no one by themselves, and fixtures need them to stay useful.
 */
final class PersonalDataScrubber {

  private static final Set<String> SECRETS =
      Set.of("token", "refreshtoken", "accesstoken", "idtoken", "jwt", "password", "apikey",
          "secretkey", "organizationsecretkey", "presignedkey", "clientsecret");
  private static final int SHORTEST_NAME_IN_TEXT = 5;

  private final StandInReplacements replacements;

  PersonalDataScrubber(long seed, StandInValues values) {
    this.replacements = new StandInReplacements(seed, values);
  }

  /** A scrubbed copy of {@code response}; the original is left alone. */
  JsonNode scrub(JsonNode response) {
    Walk walk = new Walk();
    // The first pass learns the full names that fields replace, so that the second pass can
    // replace them in free text too, wherever in the response that text comes.
    walk.copy(response, null, null);
    walk.netOn = true;
    return walk.copy(response, null, null);
  }

  /** Whether a field of this name holds a secret that is never written. */
  static boolean isSecret(String field) {
    return SECRETS.contains(PersonalDataKind.normalised(field));
  }

  /** One pass over one response: the full names it replaced feed the net of its free text. */
  private final class Walk {
    private final Map<String, String> names = new LinkedHashMap<>();
    private boolean netOn;

    JsonNode copy(JsonNode node, @Nullable String field, @Nullable ObjectNode parent) {
      if (node instanceof ObjectNode object) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        object.properties().forEach(entry -> {
          if (isSecret(entry.getKey())) {
            return;
          }
          Optional<PersonalDataKind> kind =
              PersonalDataKind.ofField(entry.getKey(), object.fieldNames(), field);
          out.set(entry.getKey(), kind.isPresent()
              ? replaced(entry.getValue(), kind.get(), entry.getKey(), object)
              : copy(entry.getValue(), entry.getKey(), object));
        });
        return out;
      }
      if (node instanceof ArrayNode array) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode(array.size());
        for (JsonNode element : array) {
          out.add(copy(element, field, parent));
        }
        return out;
      }
      if (node.isTextual()) {
        return netOn ? new TextNode(net(node.textValue())) : node;
      }
      return node.deepCopy();
    }

    private JsonNode replaced(
        JsonNode value, PersonalDataKind kind, String field, ObjectNode parent) {
      if (value.isTextual()) {
        String original = value.textValue();
        String replacement = replacements.replace(kind, original);
        if (kind == PersonalDataKind.FULL_NAME || kind == PersonalDataKind.FAMILY_NAME) {
          rememberName(original, replacement);
        }
        return new TextNode(replacement);
      }
      if (value instanceof ArrayNode array && kind != PersonalDataKind.SINGLE_LINE_ADDRESS) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode(array.size());
        for (JsonNode element : array) {
          out.add(replaced(element, kind, field, parent));
        }
        return out;
      }
      return copy(value, field, parent);
    }

    private void rememberName(String original, String replacement) {
      String trimmed = original.strip();
      if (trimmed.length() >= SHORTEST_NAME_IN_TEXT && !trimmed.equals(replacement)) {
        names.putIfAbsent(trimmed, replacement.strip());
      }
    }

    private String net(String text) {
      String out = replacements.replaceWithin(text);
      if (names.isEmpty()) {
        return out;
      }
      List<String> longestFirst = new ArrayList<>(names.keySet());
      longestFirst.sort(Comparator.comparingInt(String::length).reversed());
      for (String name : longestFirst) {
        if (out.contains(name)) {
          out = out.replace(name, names.get(name));
        }
      }
      return out;
    }
  }
}
