package dev.talon.spring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports misconfigured {@code talon.*} properties at startup with the property to set, instead of a stack trace.
 */
class TalonPropertiesFailureAnalyzer extends AbstractFailureAnalyzer<InvalidTalonPropertiesException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidTalonPropertiesException cause) {
		String description = cause.getMessage().substring(0, cause.getMessage().length() - cause.getAction().length())
			.strip();
		return new FailureAnalysis(description, cause.getAction() + " To run without Talon.One, set talon.enabled=false.",
				cause);
	}

}
