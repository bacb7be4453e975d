package dev.talon.spring.client.model.v2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Why a rule was not triggered ({@code RuleFailureReason}, in {@link IntegrationStateV2#ruleFailureReasons()}),
 * asked for with the {@code ruleFailureReasons} response content.
 *
 * @param campaignID the campaign
 * @param campaignName the campaign's name
 * @param rulesetID the ruleset
 * @param couponID the coupon being evaluated, if any
 * @param couponValue its code, if any
 * @param referralID the referral being evaluated, if any
 * @param referralValue its code, if any
 * @param ruleIndex the index of the rule in the ruleset
 * @param ruleName the rule's name
 * @param conditionIndex the index of the condition that failed, if known
 * @param effectIndex the index of the effect that failed, if known
 * @param details more details, if any
 * @param evaluationGroupID the campaign evaluation group, if any
 * @param evaluationGroupMode the evaluation mode of that group, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RuleFailureReason(Long campaignID, String campaignName, Long rulesetID, Long couponID,
		String couponValue, Long referralID, String referralValue, Long ruleIndex, String ruleName,
		Long conditionIndex, Long effectIndex, String details, Long evaluationGroupID, String evaluationGroupMode) {
}
