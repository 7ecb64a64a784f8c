package dev.krakenmock.contract.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands a {@link ContractTarget} to test methods. One target serves the whole run: it is kept in
 * the root context's store, which closes it, and so stops a mock the suite started, when the run
 * ends.
 */
public final class MockServerExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(MockServerExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == ContractTarget.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            ContractTarget.class,
            type -> ContractTarget.resolve(System.getenv(), System.getProperties()),
            ContractTarget.class);
  }
}
