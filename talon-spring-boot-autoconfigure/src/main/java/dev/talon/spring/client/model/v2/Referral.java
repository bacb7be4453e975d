package dev.talon.spring.client.model.v2;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A referral code created by {@code createReferral}.
 *
 * @param id the referral's id
 * @param created when it was created
 * @param campaignId the referral campaign
 * @param advocateProfileIntegrationId the advocate's profile integration id
 * @param friendProfileIntegrationId the one friend who may use the code, if restricted
 * @param startDate when the code becomes valid, if set
 * @param expiryDate when the code expires, if set
 * @param code the referral code to share
 * @param usageCounter how often the code was used successfully
 * @param usageLimit how often the code may be used; 0 for no limit
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Referral(Long id, OffsetDateTime created, Long campaignId, String advocateProfileIntegrationId,
		String friendProfileIntegrationId, OffsetDateTime startDate, OffsetDateTime expiryDate, String code,
		Long usageCounter, Long usageLimit) {
}
