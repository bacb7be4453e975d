package dev.talon.spring.client.model.v2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.talon.spring.client.model.Checks;

/**
 * For whom the best prior price is computed ({@code BestPriorTarget}): everyone, or the members of an audience.
 *
 * @param targetType {@code NONE} or {@code AUDIENCE}
 * @param audienceID the audience, positive, with {@code AUDIENCE} only (JSON {@code audienceID})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BestPriorTarget(String targetType, @JsonProperty("audienceID") Long audienceID) {

	private static final String NONE = "NONE";

	private static final String AUDIENCE = "AUDIENCE";

	/**
	 * Checks that an audience is given exactly with {@code AUDIENCE}.
	 * @param targetType {@code NONE} or {@code AUDIENCE}
	 * @param audienceID the audience, with {@code AUDIENCE} only
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public BestPriorTarget {
		if (!NONE.equals(targetType) && !AUDIENCE.equals(targetType)) {
			throw new IllegalArgumentException("targetType must be NONE or AUDIENCE but was " + targetType);
		}
		if (AUDIENCE.equals(targetType)) {
			Checks.positive(audienceID, "audienceID");
		}
		else if (audienceID != null) {
			throw new IllegalArgumentException("audienceID must only be given with targetType AUDIENCE");
		}
	}

	/**
	 * Every customer's prices.
	 * @return the target
	 */
	public static BestPriorTarget none() {
		return new BestPriorTarget(NONE, null);
	}

	/**
	 * The prices of an audience's members.
	 * @param audienceId the audience
	 * @return the target
	 */
	public static BestPriorTarget audience(long audienceId) {
		return new BestPriorTarget(AUDIENCE, audienceId);
	}

}
