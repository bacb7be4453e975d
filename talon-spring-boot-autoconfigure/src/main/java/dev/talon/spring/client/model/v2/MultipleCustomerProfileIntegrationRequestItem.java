package dev.talon.spring.client.model.v2;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * One profile of {@code updateCustomerProfilesV2} ({@code MultipleCustomerProfileIntegrationRequestItem}).
 *
 * @param attributes the profile's attributes, which must exist in the Campaign Manager (optional)
 * @param integrationId the profile's integration id: stable, not one the customer can change; 1 to 1000 characters
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MultipleCustomerProfileIntegrationRequestItem(Map<String, Object> attributes, String integrationId) {

	/**
	 * Checks the constraints of the profile and copies the attributes.
	 * @param attributes the profile's attributes, which must exist in the Campaign Manager (optional)
	 * @param integrationId the profile's integration id: stable, not one the customer can change; 1 to 1000 characters
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public MultipleCustomerProfileIntegrationRequestItem {
		Checks.notEmpty(integrationId, "integrationId");
		RequestChecks.length(integrationId, 1, RequestChecks.MAX_INTEGRATION_ID_LENGTH, "integrationId");
		Checks.attributes(attributes, "attributes");
		attributes = Checks.copy(attributes);
	}

	/**
	 * A profile with its attributes.
	 * @param integrationId the profile's integration id
	 * @param attributes the attributes, or {@code null} to send none
	 * @return the profile
	 */
	public static MultipleCustomerProfileIntegrationRequestItem of(String integrationId,
			Map<String, Object> attributes) {
		return new MultipleCustomerProfileIntegrationRequestItem(attributes, integrationId);
	}

}
