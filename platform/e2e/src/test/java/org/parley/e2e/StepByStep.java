package org.parley.e2e;

import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * For a browser test's one ordered sequence ({@link MeetingBrowserIT}, {@link MeetingAppBrowserIT}): once a step
 * fails, the steps after it are skipped (they would only fail for the same reason), and the viewport of every page
 * the test class shows ({@link Screens}) is saved to target/screenshots.
 */
final class StepByStep implements ExecutionCondition, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StepByStep.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Object failed = context.getRoot().getStore(NAMESPACE).get(context.getRequiredTestClass().getName());
        return failed == null ? ConditionEvaluationResult.enabled("no earlier step failed")
                : ConditionEvaluationResult.disabled("skipped: the earlier step '" + failed + "' failed");
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        String step = context.getRequiredTestMethod().getName();
        context.getRoot().getStore(NAMESPACE).put(context.getRequiredTestClass().getName(), step);
        context.getTestInstance().filter(Screens.class::isInstance).map(Screens.class::cast)
                .ifPresent(test -> test.pages().forEach(page -> page.screenshot("meeting-" + step)));
    }

    /** A test class whose pages are worth a screenshot when a step fails. */
    interface Screens {
        List<MeetingPage> pages();
    }

}
