package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * The points of one profile, or of one loyalty card, in one loyalty program: a list of transactions, additions
 * (pending until their start date, then active until their expiry date, then expired) and subtractions that roll back
 * part of an addition. The simulator has no sub-ledgers (every transaction is in the main ledger, {@code ""}) and no
 * point spending, so nothing is ever spent and no balance is negative.
 */
final class LoyaltyLedger {

	/** The balance of a profile that never had points. */
	static final Balance EMPTY = new Balance(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

	/** The profile whose points these are, {@code null} for a card's ledger. */
	final String profileId;

	/** The card whose points these are, {@code null} for a profile's ledger. */
	final String cardIdentifier;

	final LoyaltyRule program;

	/** When the profile joined the program, or the card was generated. */
	final Instant joined;

	private final LongSupplier ids;

	private final List<Transaction> transactions = new ArrayList<>();

	private LoyaltyLedger(String profileId, String cardIdentifier, LoyaltyRule program, Instant joined,
			LongSupplier ids) {
		this.profileId = profileId;
		this.cardIdentifier = cardIdentifier;
		this.program = program;
		this.joined = joined;
		this.ids = ids;
	}

	/**
	 * A profile's ledger.
	 * @param profileId the profile
	 * @param program the program
	 * @param joined when the profile joined
	 * @param ids gives the transactions' ids
	 * @return the empty ledger
	 */
	static LoyaltyLedger ofProfile(String profileId, LoyaltyRule program, Instant joined, LongSupplier ids) {
		return new LoyaltyLedger(profileId, null, program, joined, ids);
	}

	/**
	 * A loyalty card's ledger.
	 * @param cardIdentifier the card
	 * @param program the card-based program
	 * @param created when the card was generated
	 * @param ids gives the transactions' ids
	 * @return the empty ledger
	 */
	static LoyaltyLedger ofCard(String cardIdentifier, LoyaltyRule program, Instant created, LongSupplier ids) {
		return new LoyaltyLedger(null, cardIdentifier, program, created, ids);
	}

	/**
	 * Adds points.
	 * @param transactionUUID the transaction's UUID, as in the {@code addLoyaltyPoints} effect
	 * @param points the points, positive
	 * @param name the reason
	 * @param sessionId the session that earned them
	 * @param profileId the profile that earned them, empty for none
	 * @param created now
	 * @param startDate when they become active, {@code null} for at once
	 * @param expiryDate when they expire, {@code null} for never
	 */
	void add(String transactionUUID, BigDecimal points, String name, String sessionId, String profileId,
			Instant created, Instant startDate, Instant expiryDate) {
		this.transactions.add(new Transaction(this.ids.getAsLong(), transactionUUID,
				SimulatedLoyaltyTransaction.Type.ADDITION, points, name, sessionId, profileId, created, startDate,
				expiryDate, null));
	}

	/**
	 * Takes back part of an addition.
	 * @param transactionUUID the subtraction's UUID, as in the {@code rollbackAddedLoyaltyPoints} effect
	 * @param points the points, positive
	 * @param name the reason
	 * @param sessionId the session
	 * @param profileId the profile, empty for none
	 * @param created now
	 * @param rolledBackTransactionUUID the addition it takes points from
	 */
	void subtract(String transactionUUID, BigDecimal points, String name, String sessionId, String profileId,
			Instant created, String rolledBackTransactionUUID) {
		this.transactions.add(new Transaction(this.ids.getAsLong(), transactionUUID,
				SimulatedLoyaltyTransaction.Type.SUBTRACTION, points, name, sessionId, profileId, created, null, null,
				rolledBackTransactionUUID));
	}

	/**
	 * Whether an addition is (still) in the ledger: {@code deleteLoyaltyTransactionsFromLedgers} removes them.
	 * @param transactionUUID the addition's UUID
	 * @return whether it is there
	 */
	boolean hasAddition(String transactionUUID) {
		return addition(transactionUUID) != null;
	}

	/** The transactions, oldest first. */
	List<Transaction> transactions() {
		return List.copyOf(this.transactions);
	}

	/** Removes every transaction ({@code deleteLoyaltyTransactionsFromLedgers}); the profile stays in the program. */
	void clear() {
		this.transactions.clear();
	}

	/**
	 * What is left of an addition at a time: its points less those rolled back by then.
	 * @param addition the addition
	 * @param at the time
	 * @return the points left
	 */
	BigDecimal remaining(Transaction addition, Instant at) {
		BigDecimal remaining = addition.amount;
		for (Transaction subtraction : this.transactions) {
			if (addition.transactionUUID.equals(subtraction.rollsBack) && !subtraction.created.isAfter(at)) {
				remaining = remaining.subtract(subtraction.amount);
			}
		}
		return remaining;
	}

	/**
	 * The balances at a time, from the transactions made by then.
	 * @param at the time ({@code endDate} of the balance operations, or now)
	 * @return the balances
	 */
	Balance balance(Instant at) {
		BigDecimal active = BigDecimal.ZERO;
		BigDecimal pending = BigDecimal.ZERO;
		BigDecimal expired = BigDecimal.ZERO;
		for (Transaction addition : this.transactions) {
			if (addition.type != SimulatedLoyaltyTransaction.Type.ADDITION || addition.created.isAfter(at)) {
				continue;
			}
			BigDecimal remaining = remaining(addition, at);
			switch (addition.status(at)) {
				case PENDING -> pending = pending.add(remaining);
				case EXPIRED -> expired = expired.add(remaining);
				default -> active = active.add(remaining);
			}
		}
		return new Balance(active, pending, expired);
	}

	/** The active points now. */
	BigDecimal currentBalance(Instant now) {
		return balance(now).active();
	}

	/** The pending points now. */
	BigDecimal pendingBalance(Instant now) {
		return balance(now).pending();
	}

	/**
	 * Makes pending additions active now ({@code activateLoyaltyPoints}); their validity counts from now.
	 * @param which the additions to activate (pending ones only are)
	 * @param now the current time
	 * @return the additions activated
	 */
	List<Transaction> activate(Predicate<Transaction> which, Instant now) {
		List<Transaction> activated = new ArrayList<>();
		for (Transaction addition : this.transactions) {
			if (addition.type == SimulatedLoyaltyTransaction.Type.ADDITION
					&& addition.status(now) == SimulatedLoyaltyTransaction.Status.PENDING && which.test(addition)) {
				addition.startDate = now;
				if (addition.expiryDate != null) {
					addition.expiryDate = now.plus(this.program.validFor());
				}
				activated.add(addition);
			}
		}
		return activated;
	}

	SimulatedLoyaltyLedger snapshot(Instant now) {
		List<SimulatedLoyaltyTransaction> snapshots = new ArrayList<>();
		for (Transaction transaction : this.transactions) {
			snapshots.add(new SimulatedLoyaltyTransaction(transaction.transactionUUID, transaction.type,
					transaction.amount, transaction.name, transaction.sessionId, transaction.created,
					transaction.startDate, transaction.status(now), transaction.rollsBack, transaction.expiryDate));
		}
		Balance balance = balance(now);
		return new SimulatedLoyaltyLedger(this.profileId, this.program.programId(), balance.active(),
				balance.pending(), List.copyOf(snapshots), balance.expired());
	}

	private Transaction addition(String transactionUUID) {
		for (Transaction transaction : this.transactions) {
			if (transaction.type == SimulatedLoyaltyTransaction.Type.ADDITION
					&& transaction.transactionUUID.equals(transactionUUID)) {
				return transaction;
			}
		}
		return null;
	}

	/**
	 * The points of a ledger at a time.
	 *
	 * @param active the active points
	 * @param pending the points still pending
	 * @param expired the points that expired unused
	 */
	record Balance(BigDecimal active, BigDecimal pending, BigDecimal expired) {
	}

	/**
	 * One transaction of a ledger.
	 */
	static final class Transaction {

		/** Its id in the ledger's program, unique in the simulator. */
		final long id;

		final String transactionUUID;

		final SimulatedLoyaltyTransaction.Type type;

		/** The points, positive. */
		final BigDecimal amount;

		final String name;

		final String sessionId;

		/** The profile that earned the points (for a card, the session's profile), empty for none. */
		final String profileId;

		final Instant created;

		/** When an addition becomes active, {@code null} for at once (and for subtractions). */
		Instant startDate;

		/** When an addition expires, {@code null} for never (and for subtractions). */
		Instant expiryDate;

		/** For a subtraction, the addition whose points it takes back. */
		final String rollsBack;

		Transaction(long id, String transactionUUID, SimulatedLoyaltyTransaction.Type type, BigDecimal amount,
				String name, String sessionId, String profileId, Instant created, Instant startDate,
				Instant expiryDate, String rollsBack) {
			this.id = id;
			this.transactionUUID = transactionUUID;
			this.type = type;
			this.amount = amount;
			this.name = name;
			this.sessionId = sessionId;
			this.profileId = profileId;
			this.created = created;
			this.startDate = startDate;
			this.expiryDate = expiryDate;
			this.rollsBack = rollsBack;
		}

		/** Whether it was added by hand ({@link TalonSimulator#addLoyaltyPoints}) rather than by a session. */
		boolean isManual() {
			return this.sessionId.isEmpty();
		}

		boolean isAddition() {
			return this.type == SimulatedLoyaltyTransaction.Type.ADDITION;
		}

		/** Whether an addition is pending, active or expired at a time (subtractions are active). */
		SimulatedLoyaltyTransaction.Status status(Instant at) {
			if (this.startDate != null && this.startDate.isAfter(at)) {
				return SimulatedLoyaltyTransaction.Status.PENDING;
			}
			if (this.expiryDate != null && !this.expiryDate.isAfter(at)) {
				return SimulatedLoyaltyTransaction.Status.EXPIRED;
			}
			return SimulatedLoyaltyTransaction.Status.ACTIVE;
		}

	}

}
