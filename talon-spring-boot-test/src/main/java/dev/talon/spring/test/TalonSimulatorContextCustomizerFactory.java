package dev.talon.spring.test;

import java.util.List;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Gives the contexts of the test classes annotated with {@link AutoConfigureTalonSimulator} (also through an enclosing
 * class of a {@code @Nested} one, or a meta-annotation) their simulators.
 */
class TalonSimulatorContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return TestContextAnnotationUtils.hasAnnotation(testClass, AutoConfigureTalonSimulator.class)
				? new TalonSimulatorContextCustomizer() : null;
	}

}
