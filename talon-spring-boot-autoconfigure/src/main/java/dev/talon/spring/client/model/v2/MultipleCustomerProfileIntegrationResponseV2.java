package dev.talon.spring.client.model.v2;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * What Talon.One answers to {@code updateCustomerProfilesV2} with {@code silent=no}
 * ({@code MultipleCustomerProfileIntegrationResponseV2}); with the default {@code silent=yes} it answers 204 without
 * a body.
 *
 * @param integrationStates the updated profiles (empty when none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MultipleCustomerProfileIntegrationResponseV2(List<CustomerProfileUpdateV2Response> integrationStates) {

	/**
	 * Copies the profiles, turning missing ones into an empty list.
	 * @param integrationStates the updated profiles (empty when none)
	 */
	public MultipleCustomerProfileIntegrationResponseV2 {
		integrationStates = Checks.copyOrEmpty(integrationStates);
	}

}
