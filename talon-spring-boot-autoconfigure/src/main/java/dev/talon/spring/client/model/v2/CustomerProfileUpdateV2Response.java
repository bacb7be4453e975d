package dev.talon.spring.client.model.v2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One profile in the answer of {@code updateCustomerProfilesV2} ({@code CustomerProfileUpdateV2Response}).
 *
 * @param customerProfile the profile as Talon.One keeps it after the update
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerProfileUpdateV2Response(CustomerProfile customerProfile) {
}
