package dev.talon.spring.client.model.v1;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.talon.spring.client.model.Checks;

/**
 * The answer to {@code getCustomerProfilesByAttributes} (the generated SDK's {@code InlineResponse200}).
 *
 * @param totalResultSize how many profiles matched
 * @param data the matching profiles (empty when none)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerProfileSearchResult(Long totalResultSize, List<CustomerProfile> data) {

	/**
	 * Copies the profiles, turning a missing list into an empty one.
	 * @param totalResultSize how many profiles matched
	 * @param data the matching profiles (empty when none)
	 */
	public CustomerProfileSearchResult {
		data = Checks.copyOrEmpty(data);
	}

}
