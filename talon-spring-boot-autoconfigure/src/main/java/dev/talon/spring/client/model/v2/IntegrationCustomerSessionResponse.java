package dev.talon.spring.client.model.v2;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;
import dev.talon.spring.client.model.v2.effect.Effect;
import dev.talon.spring.client.model.v2.effect.IntegrationEffects;

/**
 * What Talon.One answers to {@code getCustomerSession} ({@code GET /v2/customer_sessions/{customerSessionId}},
 * {@code IntegrationCustomerSessionResponse}): the session and the effects valid now. Talon.One has already removed
 * rollback effects together with the effects they roll back, so these effects need no netting.
 *
 * @param customerSession the session
 * @param effects the effects valid now (empty when none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record IntegrationCustomerSessionResponse(CustomerSessionV2 customerSession, List<Effect> effects)
		implements IntegrationEffects {

	/**
	 * Copies the effects, turning missing ones into an empty list.
	 * @param customerSession the session
	 * @param effects the effects valid now (empty when none)
	 */
	public IntegrationCustomerSessionResponse {
		effects = Checks.copyOrEmpty(effects);
	}

}
