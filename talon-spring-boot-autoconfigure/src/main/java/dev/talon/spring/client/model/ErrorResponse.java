package dev.talon.spring.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The JSON body of a Talon.One error answer.
 *
 * @param message what went wrong
 * @param errors the individual problems (empty when none)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErrorResponse(String message, List<ApiError> errors) {

	/**
	 * Copies the errors, turning a missing list into an empty one.
	 * @param message what went wrong
	 * @param errors the individual problems (empty when none)
	 */
	public ErrorResponse {
		errors = Checks.copyOrEmpty(errors);
	}

}
