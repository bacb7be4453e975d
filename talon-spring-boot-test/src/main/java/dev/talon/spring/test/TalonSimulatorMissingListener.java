package dev.talon.spring.test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import dev.talon.spring.simulator.TalonSimulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.test.context.support.DependencyInjectionTestExecutionListener;
import org.springframework.util.ReflectionUtils;

/**
 * Before Spring injects a test instance, fails a test that has a {@link TalonSimulator} or {@link TalonRequests}
 * injected ({@code @Autowired} field) without {@link AutoConfigureTalonSimulator}, whose context therefore has none,
 * with a message that says to add the annotation, rather than Spring's bare "No qualifying bean of type".
 */
class TalonSimulatorMissingListener implements TestExecutionListener, Ordered {

	/** Just before Spring's {@link DependencyInjectionTestExecutionListener} (2000). */
	static final int ORDER = 1999;

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public void prepareTestInstance(TestContext testContext) {
		Class<?> testClass = testContext.getTestClass();
		if (TestContextAnnotationUtils.hasAnnotation(testClass, AutoConfigureTalonSimulator.class)) {
			return;
		}
		ReflectionUtils.doWithFields(testClass, (field) -> check(testContext, field),
				(field) -> !Modifier.isStatic(field.getModifiers())
						&& (field.getType() == TalonSimulator.class || field.getType() == TalonRequests.class));
	}

	private static void check(TestContext testContext, Field field) {
		Autowired autowired = AnnotatedElementUtils.findMergedAnnotation(field, Autowired.class);
		if (autowired == null || !autowired.required()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		if (context.getBeanNamesForType(field.getType()).length == 0) {
			throw new IllegalStateException(field.getDeclaringClass().getName() + "." + field.getName()
					+ " needs a " + field.getType().getSimpleName() + ", which @AutoConfigureTalonSimulator provides: "
					+ "annotate " + testClass(testContext) + " with @AutoConfigureTalonSimulator (or, for a test "
					+ "without Spring, register a TalonSimulatorExtension)");
		}
	}

	private static String testClass(TestContext testContext) {
		return testContext.getTestClass().getSimpleName();
	}

}
