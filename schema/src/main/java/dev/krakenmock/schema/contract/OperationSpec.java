package dev.krakenmock.schema.contract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One query of the API, as documented by the reference.
 *
 * <p>Build it with {@link #newOperation()}; every collection is immutable.
 */
public record OperationSpec(
    String name,
    String description,
    TypeRef returnType,
    OptionalInt complexity,
    List<ArgumentSpec> arguments,
    ArgumentTable argumentTable,
    List<ErrorSpec> possibleErrors,
    ViewerAccess viewers,
    Permissions permissions,
    List<RateLimit> rateLimits,
    Optional<Deprecation> deprecation,
    Example example) {

  public OperationSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(returnType, "returnType");
    Objects.requireNonNull(complexity, "complexity");
    arguments = List.copyOf(arguments);
    Objects.requireNonNull(argumentTable, "argumentTable");
    possibleErrors = List.copyOf(possibleErrors);
    Objects.requireNonNull(viewers, "viewers");
    Objects.requireNonNull(permissions, "permissions");
    rateLimits = List.copyOf(rateLimits);
    Objects.requireNonNull(deprecation, "deprecation");
    Objects.requireNonNull(example, "example");
  }

  public Optional<ArgumentSpec> argument(String argumentName) {
    return arguments.stream().filter(a -> a.name().equals(argumentName)).findFirst();
  }

  /** Whether every argument got its description from the reference's table. */
  public boolean argumentDescriptionsPaired() {
    return argumentTable.rowCount() == arguments.size();
  }

  public static Builder newOperation() {
    return new Builder();
  }

  /** Builder of {@link OperationSpec}, with property-named methods. */
  public static final class Builder {
    private String name;
    private String description = "";
    private TypeRef returnType;
    private OptionalInt complexity = OptionalInt.empty();
    private List<ArgumentSpec> arguments = List.of();
    private ArgumentTable argumentTable = ArgumentTable.absent();
    private List<ErrorSpec> possibleErrors = List.of();
    private ViewerAccess viewers = new ViewerAccess(List.of(), ViewerAccess.Knowledge.UNKNOWN);
    private Permissions permissions = Permissions.notDocumented();
    private List<RateLimit> rateLimits = List.of();
    private Optional<Deprecation> deprecation = Optional.empty();
    private Example example;

    private Builder() {}

    public Builder name(String value) {
      this.name = value;
      return this;
    }

    public Builder description(String value) {
      this.description = value;
      return this;
    }

    public Builder returnType(TypeRef value) {
      this.returnType = value;
      return this;
    }

    public Builder complexity(OptionalInt value) {
      this.complexity = value;
      return this;
    }

    public Builder arguments(List<ArgumentSpec> value) {
      this.arguments = value;
      return this;
    }

    public Builder argumentTable(ArgumentTable value) {
      this.argumentTable = value;
      return this;
    }

    public Builder possibleErrors(List<ErrorSpec> value) {
      this.possibleErrors = value;
      return this;
    }

    public Builder viewers(ViewerAccess value) {
      this.viewers = value;
      return this;
    }

    public Builder permissions(Permissions value) {
      this.permissions = value;
      return this;
    }

    public Builder rateLimits(List<RateLimit> value) {
      this.rateLimits = value;
      return this;
    }

    public Builder deprecation(Optional<Deprecation> value) {
      this.deprecation = value;
      return this;
    }

    public Builder example(Example value) {
      this.example = value;
      return this;
    }

    public OperationSpec build() {
      return new OperationSpec(
          name,
          description,
          returnType,
          complexity,
          arguments,
          argumentTable,
          possibleErrors,
          viewers,
          permissions,
          rateLimits,
          deprecation,
          example);
    }
  }
}
