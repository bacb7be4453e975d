package dev.talon.spring.client.model.v2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An audience a customer belongs to ({@code AudienceMembership}).
 *
 * @param id the audience's id
 * @param name the audience's name
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AudienceMembership(Long id, String name) {
}
