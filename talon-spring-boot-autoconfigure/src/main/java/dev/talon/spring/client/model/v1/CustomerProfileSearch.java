package dev.talon.spring.client.model.v1;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * The body of {@code getCustomerProfilesByAttributes}: every given attribute must match a profile's attribute
 * exactly; profiles may have further attributes.
 *
 * @param attributes the attributes to match, not {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerProfileSearch(Map<String, Object> attributes) {

	/**
	 * Checks the constraints of the request and copies the attributes.
	 * @param attributes the attributes to match, not {@code null}
	 * @throws IllegalArgumentException when the attributes are {@code null}
	 */
	public CustomerProfileSearch {
		attributes = Checks.copy(Checks.notNull(attributes, "attributes"));
	}

	/**
	 * A search for profiles with the given attributes.
	 * @param attributes the attributes to match
	 * @return the search
	 */
	public static CustomerProfileSearch byAttributes(Map<String, Object> attributes) {
		return new CustomerProfileSearch(attributes);
	}

}
