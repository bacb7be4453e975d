package dev.talon.spring.client.model.v2;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * A referral code ({@code Referral}, and {@code InventoryReferral} which adds {@link #referredCustomers()}): the
 * answer of {@code createReferral}, the elements of {@link IntegrationStateV2#createdReferrals()} and the referral
 * processed in a session ({@link IntegrationStateV2#referral()}). Read as Talon.One sent it: fields the spec calls
 * required may be missing ({@code null}).
 *
 * @param id the referral's internal id
 * @param created when it was created
 * @param campaignId the referral campaign
 * @param advocateProfileIntegrationId the advocate's profile integration id
 * @param friendProfileIntegrationId the one friend who may use the code, if restricted
 * @param startDate when the code becomes valid, if set
 * @param expiryDate when the code expires, if set (never when {@code null})
 * @param code the referral code to share
 * @param usageCounter how often the code was used successfully
 * @param usageLimit how often the code may be used; 0 for no limit of its own
 * @param attributes the referral's custom attributes (empty when none)
 * @param importId the import that created the referral, if any
 * @param batchId the batch the referral belongs to, if any
 * @param referredCustomers the integration ids of the customers referred with this code ({@code InventoryReferral}
 * only; empty when none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Referral(Long id, OffsetDateTime created, Long campaignId, String advocateProfileIntegrationId,
		String friendProfileIntegrationId, OffsetDateTime startDate, OffsetDateTime expiryDate, String code,
		Long usageCounter, Long usageLimit, @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> attributes,
		Long importId, String batchId,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> referredCustomers) {

	/**
	 * Copies the collections, turning missing ones into empty ones.
	 * @param id the referral's internal id
	 * @param created when it was created
	 * @param campaignId the referral campaign
	 * @param advocateProfileIntegrationId the advocate's profile integration id
	 * @param friendProfileIntegrationId the one friend who may use the code, if restricted
	 * @param startDate when the code becomes valid, if set
	 * @param expiryDate when the code expires, if set (never when {@code null})
	 * @param code the referral code to share
	 * @param usageCounter how often the code was used successfully
	 * @param usageLimit how often the code may be used; 0 for no limit of its own
	 * @param attributes the referral's custom attributes (empty when none)
	 * @param importId the import that created the referral, if any
	 * @param batchId the batch the referral belongs to, if any
	 * @param referredCustomers the integration ids of the customers referred with this code ({@code InventoryReferral}
	 * only; empty when none)
	 */
	public Referral {
		attributes = Checks.copyOrEmpty(attributes);
		referredCustomers = Checks.copyOrEmpty(referredCustomers);
	}

	/**
	 * A referral with the fields known before attributes, import, batch and referred customers were read.
	 * @param id the referral's internal id
	 * @param created when it was created
	 * @param campaignId the referral campaign
	 * @param advocateProfileIntegrationId the advocate's profile integration id
	 * @param friendProfileIntegrationId the one friend who may use the code, or {@code null}
	 * @param startDate when the code becomes valid, or {@code null}
	 * @param expiryDate when the code expires, or {@code null}
	 * @param code the referral code
	 * @param usageCounter how often the code was used
	 * @param usageLimit how often the code may be used
	 */
	public Referral(Long id, OffsetDateTime created, Long campaignId, String advocateProfileIntegrationId,
			String friendProfileIntegrationId, OffsetDateTime startDate, OffsetDateTime expiryDate, String code,
			Long usageCounter, Long usageLimit) {
		this(id, created, campaignId, advocateProfileIntegrationId, friendProfileIntegrationId, startDate, expiryDate,
				code, usageCounter, usageLimit, null, null, null, null);
	}

}
