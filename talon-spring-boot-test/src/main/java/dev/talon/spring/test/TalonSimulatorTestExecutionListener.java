package dev.talon.spring.test;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test method of a class annotated with {@link AutoConfigureTalonSimulator}, resets the simulators of its
 * context and arranges them with the {@link TalonSimulatorScenario} beans: after the context is loaded and the test
 * instance injected, before the test's own {@code @BeforeEach} methods, and once the context's clients have nothing
 * in flight (see {@link TalonSimulatorBeans#resetAndArrange(String)}).
 */
class TalonSimulatorTestExecutionListener implements TestExecutionListener, Ordered {

	/** After Spring's listeners that prepare the test instance and the context. */
	static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		if (!TestContextAnnotationUtils.hasAnnotation(testContext.getTestClass(), AutoConfigureTalonSimulator.class)) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		context.getBeanProvider(TalonSimulatorBeans.class)
			.ifAvailable((beans) -> beans.resetAndArrange("before the test " + testContext.getTestClass().getName() + "."
					+ testContext.getTestMethod().getName()));
	}

}
