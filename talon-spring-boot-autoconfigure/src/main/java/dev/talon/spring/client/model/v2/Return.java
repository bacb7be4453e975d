package dev.talon.spring.client.model.v2;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * A return of cart items as Talon.One recorded it ({@code Return}), in {@link IntegrationStateV2#processedReturn()}
 * and {@link IntegrationStateV2#previousReturns()}.
 *
 * @param id the return's internal id
 * @param created when it was created
 * @param applicationId the Talon.One application
 * @param accountId the Talon.One account
 * @param returnedCartItems the returned items (empty when none)
 * @param eventId the event generated for the return
 * @param sessionId the internal id of the session
 * @param sessionIntegrationId the session's integration id
 * @param profileId the internal id of the profile, if any
 * @param profileIntegrationId the profile's integration id, if any
 * @param createdBy the user who requested the return, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Return(Long id, OffsetDateTime created, Long applicationId, Long accountId,
		List<ReturnedCartItem> returnedCartItems, Long eventId, Long sessionId, String sessionIntegrationId,
		Long profileId, String profileIntegrationId, Long createdBy) {

	/**
	 * Copies the returned items, turning missing ones into an empty list.
	 * @param id the return's internal id
	 * @param created when it was created
	 * @param applicationId the Talon.One application
	 * @param accountId the Talon.One account
	 * @param returnedCartItems the returned items (empty when none)
	 * @param eventId the event generated for the return
	 * @param sessionId the internal id of the session
	 * @param sessionIntegrationId the session's integration id
	 * @param profileId the internal id of the profile, if any
	 * @param profileIntegrationId the profile's integration id, if any
	 * @param createdBy the user who requested the return, if any
	 */
	public Return {
		returnedCartItems = Checks.copyOrEmpty(returnedCartItems);
	}

}
