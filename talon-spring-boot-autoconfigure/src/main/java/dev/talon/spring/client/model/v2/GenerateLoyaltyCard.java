package dev.talon.spring.client.model.v2;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.talon.spring.client.model.Checks;

/**
 * The body of {@code generateLoyaltyCard} ({@code POST /v1/loyalty_programs/{loyaltyProgramId}/cards},
 * {@code GenerateLoyaltyCard}): a new card of a card-based program, optionally with its identifier and the profiles
 * linked to it (at most the program's {@code usersPerCardLimit}). Fields left {@code null} are not sent: Talon.One then
 * makes an identifier (in the program's code format, if it has one) and the card is {@code active}.
 *
 * @param status whether the card is active (Talon.One's default) or inactive (optional)
 * @param customerProfileIds the integration ids of the profiles to link to the card, none blank (optional)
 * @param cardIdentifier the card's identifier: 4 to 108 of the characters {@code A-Z a-z 0-9 . _ % + @ -} (optional)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GenerateLoyaltyCard(Status status, List<String> customerProfileIds, String cardIdentifier) {

	/** The characters of a card identifier ({@code ^[A-Za-z0-9._%+@-]+$}). */
	private static final Pattern CARD_IDENTIFIER = Pattern.compile("[A-Za-z0-9._%+@-]+");

	/**
	 * Checks the identifier and the profiles.
	 * @param status whether the card is active or inactive (optional)
	 * @param customerProfileIds the integration ids of the profiles to link to the card (optional)
	 * @param cardIdentifier the card's identifier (optional)
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public GenerateLoyaltyCard {
		checkCardIdentifier(cardIdentifier, "cardIdentifier");
		if (customerProfileIds != null) {
			customerProfileIds = RequestChecks.elements(customerProfileIds, "customerProfileIds");
		}
	}

	/**
	 * An active card with an identifier that Talon.One makes, linked to no profile.
	 * @return the request
	 */
	public static GenerateLoyaltyCard generated() {
		return new GenerateLoyaltyCard(null, null, null);
	}

	/**
	 * A card with the given identifier.
	 * @param cardIdentifier the identifier: 4 to 108 of the characters {@code A-Z a-z 0-9 . _ % + @ -}
	 * @return the request
	 */
	public static GenerateLoyaltyCard withIdentifier(String cardIdentifier) {
		Checks.notEmpty(cardIdentifier, "cardIdentifier");
		return new GenerateLoyaltyCard(null, null, cardIdentifier);
	}

	/**
	 * This card, linked to the given profiles.
	 * @param integrationIds the profiles' integration ids
	 * @return the request
	 */
	public GenerateLoyaltyCard linkedTo(Collection<String> integrationIds) {
		return new GenerateLoyaltyCard(this.status, Builders.list(integrationIds), this.cardIdentifier);
	}

	/**
	 * This card, with the given status.
	 * @param status the status
	 * @return the request
	 */
	public GenerateLoyaltyCard withStatus(Status status) {
		return new GenerateLoyaltyCard(status, this.customerProfileIds, this.cardIdentifier);
	}

	/**
	 * Checks a loyalty card identifier as the spec constrains it: 4 to 108 characters, each one of
	 * {@code A-Z a-z 0-9 . _ % + @ -}.
	 * @param cardIdentifier the identifier, or {@code null} (not checked)
	 * @param field the field name to report
	 * @return the identifier
	 * @throws IllegalArgumentException when it violates a constraint
	 */
	static String checkCardIdentifier(String cardIdentifier, String field) {
		RequestChecks.length(cardIdentifier, 4, 108, field);
		if (cardIdentifier != null && !CARD_IDENTIFIER.matcher(cardIdentifier).matches()) {
			throw new IllegalArgumentException(field + " must consist of A-Z, a-z, 0-9 and . _ % + @ - but was '"
					+ cardIdentifier + "'");
		}
		return cardIdentifier;
	}

	/**
	 * The status of a new loyalty card.
	 */
	public enum Status {

		/** The card can be used. */
		ACTIVE("active"),

		/** The card cannot be used until it is activated. */
		INACTIVE("inactive");

		private final String value;

		Status(String value) {
			this.value = value;
		}

		/**
		 * The JSON value, such as {@code active}.
		 * @return the wire value
		 */
		@JsonValue
		public String value() {
			return this.value;
		}

	}

}
