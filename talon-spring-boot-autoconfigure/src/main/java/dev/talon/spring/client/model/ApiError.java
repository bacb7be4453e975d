package dev.talon.spring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One problem Talon.One found in a request (the spec's {@code APIError}).
 *
 * @param title a short description
 * @param details a longer description of this instance of the problem, if any
 * @param source where in the request the problem is, if known
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiError(String title, String details, ErrorSource source) {

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(String.valueOf(this.title));
		if (this.details != null && !this.details.isBlank()) {
			text.append(": ").append(this.details);
		}
		String where = (this.source != null) ? this.source.toString() : "";
		if (!where.isEmpty()) {
			text.append(" (at ").append(where).append(')');
		}
		return text.toString();
	}

}
