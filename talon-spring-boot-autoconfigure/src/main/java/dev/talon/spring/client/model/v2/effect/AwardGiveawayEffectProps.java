package dev.talon.spring.client.model.v2.effect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The props of an {@code awardGiveaway} effect ({@code AwardGiveawayEffectProps}): a giveaway was awarded to a
 * customer (only when the session is closed).
 *
 * @param poolId the giveaway pool
 * @param poolName the pool's name
 * @param recipientIntegrationId the profile the giveaway was awarded to
 * @param giveawayId the giveaway
 * @param code the giveaway's code
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AwardGiveawayEffectProps(Long poolId, String poolName, String recipientIntegrationId, Long giveawayId,
		String code) implements EffectProps {

	/** The effect type these props belong to. */
	public static final String EFFECT_TYPE = "awardGiveaway";

}
