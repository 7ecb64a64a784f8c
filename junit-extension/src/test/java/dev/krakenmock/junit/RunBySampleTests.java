package dev.krakenmock.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a sample test class that only {@link KrakenMockLifecycleTest} runs, through the engine
 * test kit: some samples fail on purpose, and none should run on its own in the build.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RunBySampleTests.Condition.class)
@interface RunBySampleTests {

  /** The configuration parameter the engine test kit sets. */
  String PARAMETER = "kraken.mock.junit.samples";

  /** Runs the class only when {@link #PARAMETER} is set. */
  final class Condition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(PARAMETER).isPresent()
          ? ConditionEvaluationResult.enabled("run by the engine test kit")
          : ConditionEvaluationResult.disabled("a sample, run by KrakenMockLifecycleTest");
    }
  }
}
