package dev.talon.spring.client.model.v2;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.model.QueryOptions;

/**
 * The query parameters of {@code trackEventV2} and {@code trackEventV3}.
 * <p>
 * Unlike Talon.One's own default ({@code silent=yes}, no answer), the client asks for the answer unless told not to
 * ({@link #withoutAnswer()}): a typed method that returned nothing by default would hide the effects of the event.
 *
 * @param silent whether Talon.One answers without a body ({@code silent=yes}); the call then completes empty
 * @param dry whether the event is a dry run ({@code dry=true}): it is evaluated but not recorded
 * @param forceCompleteEvaluation whether every campaign is evaluated, also after a rule failed
 * ({@code forceCompleteEvaluation=true}), for the {@code ruleFailureReasons} of a dry run
 */
public record TrackEventOptions(boolean silent, boolean dry, boolean forceCompleteEvaluation) implements QueryOptions {

	private static final TrackEventOptions DEFAULTS = new TrackEventOptions(false, false, false);

	/**
	 * Checks that {@code forceCompleteEvaluation} comes with {@code dry}, as the spec requires.
	 * @param silent whether Talon.One answers without a body
	 * @param dry whether the event is a dry run
	 * @param forceCompleteEvaluation whether every campaign is evaluated
	 * @throws IllegalArgumentException when {@code forceCompleteEvaluation} is set without {@code dry}
	 */
	public TrackEventOptions {
		if (forceCompleteEvaluation && !dry) {
			throw new IllegalArgumentException(
					"forceCompleteEvaluation is only allowed in a dry run (dry=true), but dry is false");
		}
	}

	/**
	 * Records the event and answers with its effects.
	 * @return the options
	 */
	public static TrackEventOptions defaults() {
		return DEFAULTS;
	}

	/**
	 * Records the event without an answer: faster, and the call completes empty.
	 * @return the options
	 */
	public static TrackEventOptions withoutAnswer() {
		return new TrackEventOptions(true, false, false);
	}

	/**
	 * Evaluates the event without recording it.
	 * @return the options
	 */
	public static TrackEventOptions dryRun() {
		return new TrackEventOptions(false, true, false);
	}

	/**
	 * These options, with every campaign evaluated (only in a dry run).
	 * @return the options
	 * @throws IllegalArgumentException when these options are not a dry run
	 */
	public TrackEventOptions withForceCompleteEvaluation() {
		return new TrackEventOptions(this.silent, this.dry, true);
	}

	@Override
	public Map<String, List<String>> queryParameters() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		parameters.put("silent", List.of(this.silent ? "yes" : "no"));
		if (this.dry) {
			parameters.put("dry", List.of("true"));
		}
		if (this.forceCompleteEvaluation) {
			parameters.put("forceCompleteEvaluation", List.of("true"));
		}
		return parameters;
	}

}
