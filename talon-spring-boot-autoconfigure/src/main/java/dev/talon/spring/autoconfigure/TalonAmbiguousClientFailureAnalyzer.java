package dev.talon.spring.autoconfigure;

import java.util.Collection;
import java.util.List;

import dev.talon.spring.client.TalonIntegrationClient;

import org.springframework.beans.factory.NoUniqueBeanDefinitionException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.analyzer.AbstractInjectionFailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Reports an injection point that asks for a {@link TalonIntegrationClient} without a qualifier while several
 * Talon.One Applications are configured and none is the default, saying how to choose: a default, a qualifier, or the
 * registry of clients by name. Ordered before Spring Boot's analyzer of ambiguous beans, which would only list the
 * beans; other ambiguous beans are left to it.
 */
class TalonAmbiguousClientFailureAnalyzer extends AbstractInjectionFailureAnalyzer<NoUniqueBeanDefinitionException>
		implements Ordered {

	private final Environment environment;

	TalonAmbiguousClientFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NoUniqueBeanDefinitionException cause,
			String description) {
		Class<?> type = cause.getBeanType();
		if (type == null || !TalonIntegrationClient.class.isAssignableFrom(type)) {
			return null;
		}
		List<String> applications = applications();
		String requires = ((description != null) ? description : "A component") + " requires a single "
				+ type.getSimpleName() + ", but ";
		String registry = "or inject TalonClients and pick the client per request with get(name).";
		if (applications.isEmpty()) {
			Collection<String> found = cause.getBeanNamesFound();
			List<String> beans = (found != null) ? List.copyOf(found) : List.of();
			return new FailureAnalysis(requires + cause.getNumberOfBeansFound() + " TalonIntegrationClient beans were "
					+ "found (" + String.join(", ", beans) + ").",
					"Mark the one to inject where no qualifier is given @Primary, inject a particular one with "
							+ "@Qualifier(\"" + (beans.isEmpty() ? "<bean name>" : beans.get(0)) + "\"), " + registry,
					cause);
		}
		String names = String.join(", ", applications);
		return new FailureAnalysis(requires + applications.size() + " Talon.One Applications are configured (" + names
				+ ") and none is the default.",
				"Set " + TalonProperties.DEFAULT_APPLICATION + " to the Application whose client is injected where no "
						+ "qualifier is given (one of " + names + "), inject a particular one with @Qualifier(\""
						+ applications.get(0) + "\"), " + registry,
				cause);
	}

	private List<String> applications() {
		try {
			return TalonApplicationsRegistrar.names(this.environment);
		}
		catch (RuntimeException ex) {
			return List.of();
		}
	}

}
