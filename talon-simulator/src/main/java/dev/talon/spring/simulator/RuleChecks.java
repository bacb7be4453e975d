package dev.talon.spring.simulator;

import java.math.BigDecimal;

/**
 * Argument checks of the rules; each failure names the argument.
 */
final class RuleChecks {

	private RuleChecks() {
	}

	static void campaignId(long campaignId) {
		if (campaignId <= 0) {
			throw new IllegalArgumentException("campaignId must be positive but was " + campaignId);
		}
	}

	static void notNull(Object value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
	}

	static void notBlank(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be null or blank");
		}
	}

	static void notNegative(BigDecimal value, String name) {
		notNull(value, name);
		if (value.signum() < 0) {
			throw new IllegalArgumentException(name + " must not be negative but was " + value);
		}
	}

}
