package dev.talon.spring.autoconfigure;

import java.util.Collection;
import java.util.List;

import dev.talon.spring.client.TalonIntegrationClient;

import org.springframework.beans.factory.NoUniqueBeanDefinitionException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.analyzer.AbstractInjectionFailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Reports an injection point that cannot get a single {@link TalonIntegrationClient}, with the cause that applies:
 * several Talon.One Applications configured and none the default (set one, qualify, or use the registry of clients by
 * name); more than one primary client (a {@code @Primary} bean of the application's own beside the client that
 * {@code talon.default-application} makes primary); or several clients that match one injection point (two with the
 * same qualifier). Ordered before Spring Boot's analyzer of ambiguous beans, which would only list the
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
		Collection<String> found = cause.getBeanNamesFound();
		List<String> beans = (found != null) ? List.copyOf(found) : List.of();
		String requires = ((description != null) ? description : "A component") + " requires a single "
				+ type.getSimpleName() + ", but ";
		String registry = "or inject TalonClients and pick the client per request with get(name).";
		String defaultApplication = this.environment.getProperty(TalonProperties.DEFAULT_APPLICATION);
		boolean primaries = cause.getMessage() != null && cause.getMessage().contains("more than one 'primary'");
		// several configured Applications' clients among the candidates, and none of them the default
		long configured = beans.stream()
			.filter((bean) -> applications.stream()
				.anyMatch((application) -> bean.equals(application + TalonApplicationsRegistrar.BEAN_NAME_SUFFIX)))
			.count();
		if (configured > 1 && !primaries && !StringUtils.hasText(defaultApplication)) {
			String names = String.join(", ", applications);
			return new FailureAnalysis(requires + applications.size() + " Talon.One Applications are configured ("
					+ names + ") and none is the default.",
					"Set " + TalonProperties.DEFAULT_APPLICATION + " to the Application whose client is injected where "
							+ "no qualifier is given (one of " + names + "), inject a particular one with @Qualifier(\""
							+ applications.get(0) + "\"), " + registry,
					cause);
		}
		String matching = beans.isEmpty() ? cause.getMessage()
				: beans.size() + " TalonIntegrationClient beans were found (" + String.join(", ", beans) + ")";
		String qualify = "inject a particular one with @Qualifier(\"" + (beans.isEmpty() ? "<name>" : beans.get(0))
				+ "\"), " + registry;
		if (primaries) {
			return new FailureAnalysis(requires + "more than one TalonIntegrationClient bean is primary: " + matching
					+ ".",
					"Keep one primary client: remove @Primary from all but one of your own TalonIntegrationClient "
							+ "beans" + (StringUtils.hasText(defaultApplication) ? ", or from all of them, as "
									+ TalonProperties.DEFAULT_APPLICATION + " (" + defaultApplication
									+ ") already makes that Application's client primary" : "")
							+ "; " + qualify,
					cause);
		}
		return new FailureAnalysis(requires + matching + ".",
				"Mark the one to inject where no qualifier is given @Primary, give each client a qualifier of its own "
						+ "(two clients with the same qualifier are ambiguous even where that qualifier is asked for; "
						+ "a bean named like a configured Application's client, such as "
						+ (applications.isEmpty() ? "euTalonIntegrationClient"
								: applications.get(0) + TalonApplicationsRegistrar.BEAN_NAME_SUFFIX)
						+ ", replaces that client instead), " + qualify,
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
