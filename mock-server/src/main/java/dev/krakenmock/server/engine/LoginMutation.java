package dev.krakenmock.server.engine;

import dev.krakenmock.server.auth.Credentials;
import dev.krakenmock.server.auth.IssuedToken;
import dev.krakenmock.server.auth.KrakenTokenIssuer;
import dev.krakenmock.server.auth.TokenRequestRejectedException;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.language.ObjectTypeDefinition;
import graphql.language.SchemaDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Kraken's login, {@code obtainKrakenToken}, which real clients call before anything else. The
 * reference documents queries only, so the mutation is added to a schema that lacks it, with the
 * input and output types Kraken documents for it; a schema that has it (from a real instance) is
 * answered as it is.
 */
final class LoginMutation {

  static final String FIELD = "obtainKrakenToken";

  /** Names the permissions a token should carry, instead of all of them. */
  static final String PERMISSIONS_HEADER = "X-Mock-Permissions";
  private static final String INPUT = "ObtainJSONWebTokenInput";
  private static final String OUTPUT = "ObtainKrakenJSONWebToken";

  private LoginMutation() {}

  /** The SDL with the mutation, its input and output types added where missing. */
  static String withLogin(String sdl) {
    return sdl + additions(new SchemaParser().parse(sdl));
  }

  /**
   * The parsed SDL with the mutation, its input and output types added where missing; {@code
   * registry} itself is left as it was.
   */
  static TypeDefinitionRegistry withLogin(TypeDefinitionRegistry registry) {
    String added = additions(registry);
    if (added.isEmpty()) {
      return registry;
    }
    TypeDefinitionRegistry merged = new TypeDefinitionRegistry();
    merged.merge(registry);
    merged.merge(new SchemaParser().parse(added));
    return merged;
  }

  /** The SDL to add to a schema for the mutation; empty when it has it already. */
  private static String additions(TypeDefinitionRegistry registry) {
    StringBuilder added = new StringBuilder();
    String mutationType = mutationTypeName(registry);
    boolean hasMutationType = registry.getType(mutationType).isPresent();
    boolean hasField = registry.getType(mutationType)
        .filter(ObjectTypeDefinition.class::isInstance)
        .map(type -> ((ObjectTypeDefinition) type).getFieldDefinitions().stream()
            .anyMatch(field -> field.getName().equals(FIELD)))
        .orElse(false)
        || registry.objectTypeExtensions().getOrDefault(mutationType, java.util.List.of()).stream()
            .anyMatch(ext -> ext.getFieldDefinitions().stream()
                .anyMatch(field -> field.getName().equals(FIELD)));
    if (hasField) {
      return "";
    }
    if (registry.schemaDefinition().isPresent()
        && registry.schemaDefinition().get().getOperationTypeDefinitions().stream()
            .noneMatch(op -> op.getName().equals("mutation"))) {
      added.append("\nextend schema { mutation: ").append(mutationType).append(" }\n");
    }
    added.append('\n').append(hasMutationType ? "extend type " : "type ").append(mutationType)
        .append(" {\n")
        .append("  \"Obtain a Kraken JSON Web Token: send exactly one credential method.\"\n")
        .append("  ").append(FIELD).append("(input: ").append(INPUT).append("!): ")
        .append(OUTPUT).append('\n')
        .append("}\n");
    if (registry.getType(INPUT).isEmpty()) {
      added.append("""

          "The credentials of obtainKrakenToken: email and password together, or one of the others."
          input ObtainJSONWebTokenInput {
            APIKey: String
            email: String
            password: String
            captchaResponse: String
            organizationSecretKey: String
            preSignedKey: String
            refreshToken: String
          }
          """);
    }
    if (registry.getType(OUTPUT).isEmpty()) {
      added.append("""

          "A Kraken JSON Web Token and its refresh token."
          type ObtainKrakenJSONWebToken {
            "The JWT, for the Authorization header."
            token: String!
            "The token's decoded claims."
            payload: GenericScalar!
            refreshToken: String
            "When the refresh token expires, as a Unix timestamp."
            refreshExpiresIn: Int
          }
          """);
    }
    if (registry.getType("GenericScalar").isEmpty()) {
      added.append("\n\"Any JSON value.\"\nscalar GenericScalar\n");
    }
    return added.toString();
  }

  static String mutationTypeName(TypeDefinitionRegistry registry) {
    Optional<SchemaDefinition> schema = registry.schemaDefinition();
    return schema.flatMap(definition -> definition.getOperationTypeDefinitions().stream()
            .filter(op -> op.getName().equals("mutation")).findFirst())
        .map(op -> op.getTypeName().getName())
        .orElse("Mutation");
  }

  /** The fetcher of the mutation, keyed as the wiring expects ({@code Mutation.obtainKrakenToken}). */
  static Map<String, DataFetcher<?>> fetchers(TypeDefinitionRegistry registry,
      KrakenTokenIssuer issuer) {
    String mutationType = mutationTypeName(registry);
    return Map.of(mutationType + "." + FIELD, new Fetcher(issuer));
  }

  private record Fetcher(KrakenTokenIssuer issuer) implements DataFetcher<Object> {
    @Override
    public Object get(DataFetchingEnvironment environment) {
      Object input = environment.getArgument("input");
      try {
        Map<String, ?> fields = input instanceof Map<?, ?> map ? stringKeys(map) : Map.of();
        IssuedToken issued = issuer.issue(Credentials.fromInput(fields),
            permissionsAsked(environment));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("token", issued.token());
        result.put("payload", issued.payload());
        result.put("refreshToken", issued.refreshToken());
        result.put("refreshExpiresIn", issued.refreshExpiresIn());
        return result;
      } catch (TokenRequestRejectedException e) {
        return DataFetcherResult.newResult()
            .error(GraphqlErrorBuilder.newError(environment)
                .message("Invalid data.")
                .extensions(rejection(e))
                .build())
            .build();
      }
    }

    /** The permissions {@code X-Mock-Permissions} asks the token to carry (comma-separated). */
    private static java.util.@org.jspecify.annotations.Nullable List<String> permissionsAsked(
        DataFetchingEnvironment environment) {
      RequestScope scope = RequestScope.of(environment.getGraphQlContext());
      String header = scope == null ? null : scope.request().header(PERMISSIONS_HEADER);
      if (header == null) {
        return null;
      }
      return java.util.Arrays.stream(header.split(",")).map(String::trim)
          .filter(permission -> !permission.isEmpty()).toList();
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((key, value) -> copy.put(String.valueOf(key), value));
      return copy;
    }

    /** Kraken's codes for a refused login (see kraken-api-facts.md, section 2.3). */
    private static Map<String, Object> rejection(TokenRequestRejectedException e) {
      String code;
      String description;
      switch (e.reason()) {
        case EXPIRED_REFRESH_TOKEN -> {
          code = "KT-CT-1134";
          description = "The refresh token has expired.";
        }
        case UNKNOWN_REFRESH_TOKEN -> {
          code = "KT-CT-1135";
          description = "Please make sure the refresh token is correct.";
        }
        default -> {
          code = "KT-CT-1139";
          description = "Authentication failed.";
        }
      }
      Map<String, Object> extensions = new LinkedHashMap<>();
      extensions.put("errorType", "VALIDATION");
      extensions.put("errorCode", code);
      extensions.put("errorDescription", description);
      extensions.put("errorClass", "VALIDATION");
      extensions.put("validationErrors",
          java.util.List.of(Map.of("message", e.getMessage(), "inputPath",
              java.util.List.of("input"))));
      return extensions;
    }
  }
}
