package dev.talon.spring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports misconfigured {@code talon.*} properties at startup with the property to set, instead of a stack trace.
 * When a setting is missing (rather than wrong), the action also says how to start without Talon.One.
 */
class TalonPropertiesFailureAnalyzer extends AbstractFailureAnalyzer<InvalidTalonPropertiesException> {

	/**
	 * How to start the application without Talon.One: {@code talon.enabled=false} removes the client bean, so the
	 * code that uses it must accept its absence.
	 */
	static final String WITHOUT_TALON = "To start the application without Talon.One, set talon.enabled=false and "
			+ "inject the client as ObjectProvider<TalonIntegrationClient> or Optional<TalonIntegrationClient> wherever "
			+ "it is used.";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidTalonPropertiesException cause) {
		return analysis(cause, cause);
	}

	/**
	 * The failure report of an invalid property.
	 * @param invalid what is invalid
	 * @param cause the exception to report as the cause
	 * @return the analysis
	 */
	static FailureAnalysis analysis(InvalidTalonPropertiesException invalid, Throwable cause) {
		String message = invalid.getMessage();
		String description = message.substring(0, message.length() - invalid.getAction().length()).strip();
		String action = invalid.isMissing() ? invalid.getAction() + " " + WITHOUT_TALON : invalid.getAction();
		return new FailureAnalysis(description, action, cause);
	}

}
