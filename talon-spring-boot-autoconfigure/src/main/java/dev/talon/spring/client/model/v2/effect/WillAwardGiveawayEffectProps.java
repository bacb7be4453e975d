package dev.talon.spring.client.model.v2.effect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The props of a {@code willAwardGiveaway} effect ({@code WillAwardGiveawayEffectProps}): a giveaway will be
 * awarded when the session closes; returned instead of {@code awardGiveaway} while it is not closed, so that no
 * code leaks.
 *
 * @param poolId the giveaway pool
 * @param poolName the pool's name
 * @param recipientIntegrationId the profile the giveaway will be awarded to
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record WillAwardGiveawayEffectProps(Long poolId, String poolName,
		String recipientIntegrationId) implements EffectProps {

	/** The effect type these props belong to. */
	public static final String EFFECT_TYPE = "willAwardGiveaway";

}
