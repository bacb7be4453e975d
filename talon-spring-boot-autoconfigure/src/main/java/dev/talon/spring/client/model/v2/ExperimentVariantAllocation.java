package dev.talon.spring.client.model.v2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Puts a session in one variant of an experiment ({@code ExperimentVariantAllocation}). Both ids are required in a
 * request.
 *
 * @param experimentID the experiment, positive
 * @param variantID the variant, positive
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExperimentVariantAllocation(Long experimentID, Long variantID) {

	/**
	 * The allocation of a session to a variant.
	 * @param experimentId the experiment
	 * @param variantId the variant
	 * @return the allocation
	 */
	public static ExperimentVariantAllocation of(long experimentId, long variantId) {
		return new ExperimentVariantAllocation(experimentId, variantId);
	}

}
