package dev.talon.spring.client.model.v2;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The start and expiry dates of the loyalty transaction and points entries, which the spec types as text: a start
 * date is {@value #IMMEDIATE}, {@value #ON_ACTION} or a time; an expiry date is {@value #UNLIMITED} or a time.
 */
final class LedgerDates {

	/** Points that are active as soon as they are added. */
	static final String IMMEDIATE = "immediate";

	/** Points that become active when an action activates them ({@code activateLoyaltyPoints}). */
	static final String ON_ACTION = "on_action";

	/** Points that never expire. */
	static final String UNLIMITED = "unlimited";

	private LedgerDates() {
	}

	/** The time of a date that is a time (RFC 3339, with its offset); empty for a keyword or nothing. */
	static Optional<OffsetDateTime> time(String date) {
		if (date == null || date.isEmpty() || !Character.isDigit(date.charAt(0))) {
			return Optional.empty();
		}
		try {
			return Optional.of(OffsetDateTime.parse(date));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
