package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The points of one profile in one loyalty program: a list of transactions, additions (active, or pending until their
 * start date) and subtractions that roll back part of an addition.
 */
final class LoyaltyLedger {

	final String profileId;

	final LoyaltyRule program;

	final Instant joined;

	private final List<Transaction> transactions = new ArrayList<>();

	LoyaltyLedger(String profileId, LoyaltyRule program, Instant joined) {
		this.profileId = profileId;
		this.program = program;
		this.joined = joined;
	}

	void add(String transactionUUID, BigDecimal points, String name, String sessionId, Instant created,
			Instant startDate) {
		this.transactions.add(new Transaction(transactionUUID, SimulatedLoyaltyTransaction.Type.ADDITION, points, name,
				sessionId, created, startDate, null));
	}

	void subtract(String transactionUUID, BigDecimal points, String name, String sessionId, Instant created,
			String rolledBackTransactionUUID) {
		this.transactions.add(new Transaction(transactionUUID, SimulatedLoyaltyTransaction.Type.SUBTRACTION, points,
				name, sessionId, created, null, rolledBackTransactionUUID));
	}

	/** The active points: additions whose start date has passed, less what was rolled back of them. */
	BigDecimal currentBalance(Instant now) {
		return balance(now, false);
	}

	/** The pending points: additions whose start date is still to come, less what was rolled back of them. */
	BigDecimal pendingBalance(Instant now) {
		return balance(now, true);
	}

	private BigDecimal balance(Instant now, boolean pending) {
		BigDecimal balance = BigDecimal.ZERO;
		for (Transaction addition : this.transactions) {
			if (addition.type == SimulatedLoyaltyTransaction.Type.ADDITION && addition.isPending(now) == pending) {
				balance = balance.add(addition.amount);
				for (Transaction subtraction : this.transactions) {
					if (addition.transactionUUID.equals(subtraction.rollsBack)) {
						balance = balance.subtract(subtraction.amount);
					}
				}
			}
		}
		return balance;
	}

	SimulatedLoyaltyLedger snapshot(Instant now) {
		List<SimulatedLoyaltyTransaction> snapshots = new ArrayList<>();
		for (Transaction transaction : this.transactions) {
			snapshots.add(new SimulatedLoyaltyTransaction(transaction.transactionUUID, transaction.type,
					transaction.amount, transaction.name, transaction.sessionId, transaction.created,
					transaction.startDate, transaction.isPending(now) ? SimulatedLoyaltyTransaction.Status.PENDING
							: SimulatedLoyaltyTransaction.Status.ACTIVE,
					transaction.rollsBack));
		}
		return new SimulatedLoyaltyLedger(this.profileId, this.program.programId(), currentBalance(now),
				pendingBalance(now), List.copyOf(snapshots));
	}

	private record Transaction(String transactionUUID, SimulatedLoyaltyTransaction.Type type, BigDecimal amount,
			String name, String sessionId, Instant created, Instant startDate, String rollsBack) {

		boolean isPending(Instant now) {
			return this.startDate != null && this.startDate.isAfter(now);
		}

	}

}
