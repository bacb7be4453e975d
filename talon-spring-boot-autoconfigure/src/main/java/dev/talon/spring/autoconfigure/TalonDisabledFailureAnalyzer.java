package dev.talon.spring.autoconfigure;

import dev.talon.spring.client.TalonIntegrationClient;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.analyzer.AbstractInjectionFailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Reports an application that injects {@link TalonIntegrationClient} while {@code talon.enabled=false} removed it,
 * saying how to inject it so that the application starts without Talon.One. Spring Boot's own report would only
 * suggest defining such a bean. Ordered before Boot's analyzer of missing beans; other missing beans are left to it.
 */
class TalonDisabledFailureAnalyzer extends AbstractInjectionFailureAnalyzer<NoSuchBeanDefinitionException>
		implements Ordered {

	private final Environment environment;

	TalonDisabledFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause, String description) {
		Class<?> type = cause.getBeanType();
		if (type == null || !TalonIntegrationClient.class.isAssignableFrom(type) || !disabled()) {
			return null;
		}
		return new FailureAnalysis(((description != null) ? description : "A component") + " requires a "
				+ type.getSimpleName() + ", but talon.enabled=false turned the Talon.One client off.",
				"Where the application can do without Talon.One, inject ObjectProvider<TalonIntegrationClient> (and "
						+ "call getIfAvailable()) or Optional<TalonIntegrationClient> instead. Otherwise remove "
						+ "talon.enabled=false and set talon.base-url and talon.api-key; without a Talon.One account, "
						+ "point them at the Talon.One simulator (dev.talon.spring:talon-simulator).",
				cause);
	}

	private boolean disabled() {
		try {
			return Boolean.FALSE.equals(this.environment.getProperty("talon.enabled", Boolean.class));
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
