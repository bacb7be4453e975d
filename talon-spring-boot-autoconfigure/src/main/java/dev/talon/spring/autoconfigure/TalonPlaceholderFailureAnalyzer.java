package dev.talon.spring.autoconfigure;

import java.util.Set;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.PlaceholderResolutionException;

/**
 * Reports a {@code talon.*} property whose {@code ${...}} placeholder could not be resolved, naming the property and
 * the variable to set, where Spring Boot would report something less direct:
 * <ul>
 * <li>a property that is not text (a duration, a number, a flag), which Boot fails to bind ("'${TALON_TIMEOUT}' is
 * not a valid duration");</li>
 * <li>a property that a condition of the Talon.One auto-configurations reads, such as {@code talon.enabled}, which
 * fails while the conditions are evaluated, without a failure report.</li>
 * </ul>
 * Text properties ({@code talon.api-key}, ...) bind with the placeholder left as text; {@link TalonPropertyChecks}
 * refuses them. Ordered before Boot's own analyzers, which would otherwise claim these failures.
 */
class TalonPlaceholderFailureAnalyzer implements FailureAnalyzer, Ordered {

	private static final String TALON_CONDITION = "Error processing condition on dev.talon.spring.";

	private final Environment environment;

	TalonPlaceholderFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		BindException bind = findCause(failure, BindException.class);
		if (bind != null && bind.getProperty() != null) {
			ConfigurationProperty property = bind.getProperty();
			String name = property.getName().toString();
			if (name.startsWith("talon.") && property.getValue() instanceof String value) {
				Set<String> placeholders = TalonPropertyChecks.placeholders(value);
				if (!placeholders.isEmpty()) {
					return TalonPropertiesFailureAnalyzer
						.analysis(TalonPropertyChecks.unresolved(name, placeholders), bind);
				}
			}
			return null;
		}
		PlaceholderResolutionException unresolved = findCause(failure, PlaceholderResolutionException.class);
		if (unresolved != null && inTalonCondition(failure)) {
			String property = propertyReferringTo(unresolved.getPlaceholder());
			if (property != null) {
				return TalonPropertiesFailureAnalyzer
					.analysis(TalonPropertyChecks.unresolved(property, Set.of(unresolved.getPlaceholder())), unresolved);
			}
		}
		return null;
	}

	private static boolean inTalonCondition(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof IllegalStateException && cause.getMessage() != null
					&& cause.getMessage().startsWith(TALON_CONDITION)) {
				return true;
			}
		}
		return false;
	}

	/** The Talon.One property whose value (as written, before resolution) refers to the placeholder. */
	private String propertyReferringTo(String placeholder) {
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(this.environment)) {
			if (source instanceof IterableConfigurationPropertySource iterable) {
				for (ConfigurationPropertyName name : (Iterable<ConfigurationPropertyName>) iterable.stream()::iterator) {
					String text = name.toString();
					if (!text.startsWith("talon.") && !text.contains(".talon.")) {
						continue;
					}
					ConfigurationProperty property = source.getConfigurationProperty(name);
					if (property != null && property.getValue() instanceof String value
							&& TalonPropertyChecks.placeholders(value).contains(placeholder)) {
						return text;
					}
				}
			}
		}
		return null;
	}

	private static <E extends Throwable> E findCause(Throwable failure, Class<E> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
