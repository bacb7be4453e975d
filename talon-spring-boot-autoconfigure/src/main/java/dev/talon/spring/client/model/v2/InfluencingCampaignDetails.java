package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A campaign that lowered an observed price ({@code InfluencingCampaignDetails}).
 *
 * @param campaignId the campaign
 * @param discountValue the discount it gave, in the Application's currency
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record InfluencingCampaignDetails(Long campaignId, BigDecimal discountValue) {
}
