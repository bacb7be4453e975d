package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.TalonAuthenticationException;
import dev.talon.spring.client.TalonClientErrorException;
import dev.talon.spring.client.TalonException;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.model.Effect;
import dev.talon.spring.client.model.IntegrationState;
import dev.talon.spring.client.model.NewCustomerSession;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sends a cart to Talon.One as a customer session and answers with the promotions that apply to it.
 */
@RestController
class SessionController {

	private final TalonIntegrationClient talon;

	SessionController(TalonIntegrationClient talon) {
		this.talon = talon;
	}

	@PutMapping("/sessions/{sessionId}")
	Mono<SessionPromotions> updateSession(@PathVariable String sessionId, @RequestBody NewCustomerSession session) {
		return this.talon.updateCustomerSession(sessionId, session).map(SessionPromotions::of);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail invalidCart(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(TalonException.class)
	ProblemDetail talonFailed(TalonException ex) {
		// A 4xx that is the cart's fault is the caller's problem; everything else is a bad gateway.
		boolean callersFault = ex instanceof TalonClientErrorException && !(ex instanceof TalonAuthenticationException);
		return ProblemDetail.forStatusAndDetail(callersFault ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.BAD_GATEWAY,
				ex.getMessage());
	}

	/**
	 * What the shop shows for a cart.
	 *
	 * @param sessionId the session (cart) id
	 * @param discounts the discounts by label
	 * @param totalDiscount the sum of the discounts
	 * @param effects the names of all effects, in order
	 */
	record SessionPromotions(String sessionId, Map<String, BigDecimal> discounts, BigDecimal totalDiscount,
			List<String> effects) {

		static SessionPromotions of(IntegrationState state) {
			return new SessionPromotions((state.session() != null) ? state.session().integrationId() : null,
					state.discounts(), state.totalDiscount(), state.effects().stream().map(Effect::name).toList());
		}

	}

}
