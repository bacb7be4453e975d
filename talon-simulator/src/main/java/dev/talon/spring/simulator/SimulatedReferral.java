package dev.talon.spring.simulator;

/**
 * A snapshot of a referral code created with {@code createReferral}.
 *
 * @param id the referral's id
 * @param code the code
 * @param campaignId the referral campaign
 * @param advocateProfileIntegrationId the advocate who shares it
 * @param friendProfileIntegrationId the one friend who may use it, or {@code null} for anyone
 * @param usageCounter how many closed sessions used it
 * @param usageLimit how often it may be used, 0 for no limit
 */
public record SimulatedReferral(long id, String code, long campaignId, String advocateProfileIntegrationId,
		String friendProfileIntegrationId, long usageCounter, long usageLimit) {
}
