package dev.talon.spring.client.model.v1;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * The body of {@code updateCustomerProfile}. Talon.One creates the profile if it does not exist and merges the given
 * attributes into it.
 *
 * @param attributes custom profile attributes, as configured in the Campaign Manager (optional)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewCustomerProfile(Map<String, Object> attributes) {

	/**
	 * Copies the attributes.
	 * @param attributes custom profile attributes, as configured in the Campaign Manager (optional)
	 */
	public NewCustomerProfile {
		attributes = Checks.copy(attributes);
	}

	/**
	 * A profile update with the given attributes.
	 * @param attributes the attributes
	 * @return the profile update
	 */
	public static NewCustomerProfile of(Map<String, Object> attributes) {
		return new NewCustomerProfile(attributes);
	}

}
