package dev.talon.spring.client.model.v2;

import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * The body of {@code updateCustomerProfilesV2} ({@code PUT /v2/customer_profiles},
 * {@code MultipleCustomerProfileIntegrationRequest}): creates or updates up to 1000 profiles in one request, without
 * running rules. With {@code silent=no} the answer is a {@link MultipleCustomerProfileIntegrationResponseV2}.
 *
 * @param customerProfiles the profiles: 1 to 1000, none {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MultipleCustomerProfileIntegrationRequest(
		List<MultipleCustomerProfileIntegrationRequestItem> customerProfiles) {

	/** The greatest number of profiles in one request. */
	public static final int MAX_PROFILES = 1000;

	/**
	 * Checks the number of profiles and copies them.
	 * @param customerProfiles the profiles: 1 to 1000, none {@code null}
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public MultipleCustomerProfileIntegrationRequest {
		Checks.notNull(customerProfiles, "customerProfiles");
		if (customerProfiles.isEmpty()) {
			throw new IllegalArgumentException("customerProfiles must not be empty");
		}
		RequestChecks.maxSize(customerProfiles, MAX_PROFILES, "customerProfiles");
		for (int i = 0; i < customerProfiles.size(); i++) {
			Checks.notNull(customerProfiles.get(i), "customerProfiles[" + i + "]");
		}
		customerProfiles = Checks.copy(customerProfiles);
	}

	/**
	 * The profiles to update.
	 * @param customerProfiles 1 to 1000 profiles
	 * @return the request
	 */
	public static MultipleCustomerProfileIntegrationRequest of(
			Collection<MultipleCustomerProfileIntegrationRequestItem> customerProfiles) {
		return new MultipleCustomerProfileIntegrationRequest(
				Builders.list(customerProfiles));
	}

}
