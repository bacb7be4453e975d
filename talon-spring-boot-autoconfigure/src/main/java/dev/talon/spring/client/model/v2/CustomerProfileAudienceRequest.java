package dev.talon.spring.client.model.v2;

import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of {@code updateCustomerProfileAudiences} ({@code POST /v2/customer_audiences},
 * {@code CustomerProfileAudienceRequest}): profiles that join or leave audiences, at most 1000 changes a request.
 *
 * @param data the changes, 1 to 1000
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerProfileAudienceRequest(List<CustomerProfileAudienceRequestItem> data) {

	/** The greatest number of changes in one request (spec: "1000 audience actions per request"). */
	public static final int MAX_CHANGES = 1000;

	/**
	 * Checks the number of changes and copies them.
	 * @param data the changes, 1 to 1000
	 * @throws IllegalArgumentException when there are none, more than 1000, or one is {@code null}
	 */
	public CustomerProfileAudienceRequest {
		RequestChecks.size(data, 1, MAX_CHANGES, "data");
		data = RequestChecks.elements(data, "data");
	}

	/**
	 * The given changes.
	 * @param changes the changes, 1 to 1000
	 * @return the request
	 */
	public static CustomerProfileAudienceRequest of(Collection<CustomerProfileAudienceRequestItem> changes) {
		return new CustomerProfileAudienceRequest(Builders.list(changes));
	}

	/**
	 * The given changes.
	 * @param changes the changes, 1 to 1000
	 * @return the request
	 */
	public static CustomerProfileAudienceRequest of(CustomerProfileAudienceRequestItem... changes) {
		return new CustomerProfileAudienceRequest(Builders.list(changes));
	}

}
