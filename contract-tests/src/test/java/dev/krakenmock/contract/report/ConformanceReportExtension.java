package dev.krakenmock.contract.report;

import dev.krakenmock.contract.model.ContractModel;
import dev.krakenmock.contract.support.SuiteSetting;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands the run's {@link ConformanceLedger} to test methods. It lives in the root context's store,
 * which closes it when the run ends, and so writes the report ({@code kraken.report}, by default
 * {@code target/contract-report.md}).
 */
public final class ConformanceReportExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ConformanceReportExtension.class);
  private static final Path DEFAULT_REPORT = Path.of("target", "contract-report.md");

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == ConformanceLedger.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            ConformanceLedger.class,
            type ->
                new ConformanceLedger(
                    SuiteSetting.REPORT.lookup().map(Path::of).orElse(DEFAULT_REPORT),
                    ContractModel.bundled().operations()),
            ConformanceLedger.class);
  }
}
