package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A snapshot of one transaction of a loyalty ledger.
 *
 * @param transactionUUID its id, as in the {@code addLoyaltyPoints} or {@code rollbackAddedLoyaltyPoints} effect
 * @param type an addition or a subtraction
 * @param amount the points, positive
 * @param name the reason, such as the rule's label or {@code Rollback: returned items}
 * @param customerSessionId the session that caused it, empty for points added by
 * {@link TalonSimulator#addLoyaltyPoints(String, long, BigDecimal)}
 * @param created when it was made
 * @param startDate when pending points become active, {@code null} for points active at once and for subtractions
 * @param status whether the points are active, still pending or expired
 * @param rolledBackTransactionUUID for a subtraction, the addition whose points it takes back; otherwise {@code null}
 * @param expiryDate when the points of an addition expire, {@code null} for points that never expire and for
 * subtractions
 */
public record SimulatedLoyaltyTransaction(String transactionUUID, Type type, BigDecimal amount, String name,
		String customerSessionId, Instant created, Instant startDate, Status status, String rolledBackTransactionUUID,
		Instant expiryDate) {

	/**
	 * Whether a transaction adds or takes away points.
	 */
	public enum Type {

		/** Points earned, or added by {@link TalonSimulator#addLoyaltyPoints(String, long, BigDecimal)}. */
		ADDITION,

		/** Points taken back (a return, a cancellation or a reopening). */
		SUBTRACTION

	}

	/**
	 * Whether the points of a transaction count yet.
	 */
	public enum Status {

		/** Part of the current balance. */
		ACTIVE,

		/** Part of the pending balance until the start date. */
		PENDING,

		/** Past the expiry date: what was not rolled back of the points is expired. */
		EXPIRED

	}

}
