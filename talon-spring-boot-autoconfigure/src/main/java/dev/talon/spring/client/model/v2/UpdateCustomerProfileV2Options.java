package dev.talon.spring.client.model.v2;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.model.QueryOptions;

/**
 * The query parameters of {@code updateCustomerProfileV2}: whether Talon.One runs the rules for the update (only then
 * does the answer carry effects), and whether it is a dry run (only with the rules run).
 *
 * @param runRuleEngine whether Talon.One evaluates the rules for the profile update ({@code runRuleEngine=true});
 * Talon.One's default is {@code false}
 * @param dry whether the update is a dry run ({@code dry=true}), only with {@code runRuleEngine}
 */
public record UpdateCustomerProfileV2Options(boolean runRuleEngine, boolean dry) implements QueryOptions {

	private static final UpdateCustomerProfileV2Options DEFAULTS = new UpdateCustomerProfileV2Options(false, false);

	/**
	 * Checks that a dry run runs the rules.
	 * @param runRuleEngine whether Talon.One evaluates the rules
	 * @param dry whether the update is a dry run
	 * @throws IllegalArgumentException when {@code dry} is set without {@code runRuleEngine}
	 */
	public UpdateCustomerProfileV2Options {
		if (dry && !runRuleEngine) {
			throw new IllegalArgumentException("dry is only allowed with runRuleEngine=true");
		}
	}

	/**
	 * Updates the profile without running the rules (Talon.One's default): the answer has no effects.
	 * @return the options
	 */
	public static UpdateCustomerProfileV2Options defaults() {
		return DEFAULTS;
	}

	/**
	 * Updates the profile and runs the rules: the answer carries their effects.
	 * @return the options
	 */
	public static UpdateCustomerProfileV2Options withRuleEngine() {
		return new UpdateCustomerProfileV2Options(true, false);
	}

	/**
	 * Runs the rules for the update without changing anything.
	 * @return the options
	 */
	public static UpdateCustomerProfileV2Options dryRun() {
		return new UpdateCustomerProfileV2Options(true, true);
	}

	@Override
	public Map<String, List<String>> queryParameters() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (this.runRuleEngine) {
			parameters.put("runRuleEngine", List.of("true"));
		}
		if (this.dry) {
			parameters.put("dry", List.of("true"));
		}
		return parameters;
	}

}
