package dev.talon.spring.client.model.v2;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * What made an observed price ({@code BestPriorPriceMetadata}).
 *
 * @param influencingCampaignDetails the campaigns that lowered it (empty when none)
 * @param adjustmentDetails the price adjustment that applied, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BestPriorPriceMetadata(
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<InfluencingCampaignDetails> influencingCampaignDetails,
		AdjustmentDetails adjustmentDetails) {

	/**
	 * Copies the campaigns, turning missing ones into an empty list.
	 * @param influencingCampaignDetails the campaigns that lowered the price
	 * @param adjustmentDetails the price adjustment that applied
	 */
	public BestPriorPriceMetadata {
		influencingCampaignDetails = Checks.copyOrEmpty(influencingCampaignDetails);
	}

}
