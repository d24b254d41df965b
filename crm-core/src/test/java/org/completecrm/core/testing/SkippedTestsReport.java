package org.completecrm.core.testing;

import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints each skipped test and why on the build's console: a test disabled, or one whose
 * assumption failed (such as the CDNOW data being absent). Surefire counts these as skipped
 * without saying why; this listener, registered for every module through the crm-core test-jar
 * ({@code META-INF/services}), says it once per test.
 */
public final class SkippedTestsReport implements TestExecutionListener {
  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    print(test, reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      Optional<Throwable> why = result.getThrowable();
      print(test, why.map(Throwable::getMessage).orElse("aborted"));
    }
  }

  private static void print(TestIdentifier test, String reason) {
    String where = test.getSource().map(Object::toString)
        .map(s -> s.replaceAll(".*className = '([^']*)'.*methodName = '([^']*)'.*", "$1.$2"))
        .orElse(test.getDisplayName());
    System.out.println("[SKIPPED] " + where + ": " + reason);
  }
}
