package dev.talon.spring.client.model.v2;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * The customer's loyalty balances in an answer ({@code Loyalty}), asked for with the {@code loyalty} response
 * content. Card balances are present only when the request named a loyalty card.
 *
 * @param cards the balances of the loyalty cards used (empty when none)
 * @param programs the balances in profile-based programs, keyed as Talon.One keys them (the program id as text)
 * (empty when none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Loyalty(@JsonInclude(JsonInclude.Include.NON_EMPTY) List<LoyaltyCard> cards,
		Map<String, LoyaltyProgramLedgers> programs) {

	/**
	 * Copies the collections, turning missing ones into empty ones.
	 * @param cards the balances of the loyalty cards used (empty when none)
	 * @param programs the balances in profile-based programs, keyed as Talon.One keys them (the program id as text)
	 * (empty when none)
	 */
	public Loyalty {
		cards = Checks.copyOrEmpty(cards);
		programs = Checks.copyOrEmpty(programs);
	}

	/**
	 * The balances in one profile-based program, found by the program's id whatever the map's keys.
	 * @param programId the loyalty program's id
	 * @return the program's ledgers, or empty when the answer has none for it
	 */
	public Optional<LoyaltyProgramLedgers> program(long programId) {
		LoyaltyProgramLedgers byKey = this.programs.get(Long.toString(programId));
		if (byKey != null) {
			return Optional.of(byKey);
		}
		return this.programs.values()
			.stream()
			.filter((program) -> program != null && program.id() != null && program.id() == programId)
			.findFirst();
	}

}
