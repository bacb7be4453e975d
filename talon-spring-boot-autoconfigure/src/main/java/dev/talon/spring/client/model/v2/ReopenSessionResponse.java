package dev.talon.spring.client.model.v2;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;
import dev.talon.spring.client.model.v2.effect.Effect;
import dev.talon.spring.client.model.v2.effect.IntegrationEffects;

/**
 * What Talon.One answers to {@code reopenCustomerSession} ({@code PUT /v2/customer_sessions/{customerSessionId}/reopen},
 * {@code ReopenSessionResponse}): the rollback effects of reopening a closed session, such as {@code rollbackCoupon}
 * and {@code rollbackDiscount}. Some effects are not rolled back (free items, giveaways, created coupons and
 * referrals, reservations, custom effects, attribute updates).
 *
 * @param effects the rollback effects (empty when none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReopenSessionResponse(List<Effect> effects) implements IntegrationEffects {

	/**
	 * Copies the effects, turning missing ones into an empty list.
	 * @param effects the rollback effects (empty when none)
	 */
	public ReopenSessionResponse {
		effects = Checks.copyOrEmpty(effects);
	}

}
