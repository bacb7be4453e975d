package dev.talon.spring.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

/**
 * The answers of requests made with an {@code Idempotency-Key}, kept for 24 hours like Talon.One keeps them, so that a
 * replay gets the stored answer instead of acting again. Keyed on the key alone.
 */
final class IdempotencyStore {

	/** How long an answer is kept. */
	static final Duration RETENTION = Duration.ofHours(24);

	/** The longest key accepted. */
	static final int MAX_KEY_LENGTH = 255;

	private final Map<String, Stored> answers = new LinkedHashMap<>();

	/**
	 * The stored answer of a key.
	 * @param key the key
	 * @param now the current time
	 * @return a copy of the answer, or {@code null} when none is stored or it expired
	 */
	ObjectNode answer(String key, Instant now) {
		forgetExpired(now);
		Stored stored = this.answers.get(key);
		return (stored != null) ? stored.answer.deepCopy() : null;
	}

	/**
	 * Stores an answer.
	 * @param key the key
	 * @param answer the answer
	 * @param now the current time
	 */
	void store(String key, ObjectNode answer, Instant now) {
		forgetExpired(now);
		this.answers.put(key, new Stored(now, answer.deepCopy()));
	}

	void clear() {
		this.answers.clear();
	}

	private void forgetExpired(Instant now) {
		for (Iterator<Stored> stored = this.answers.values().iterator(); stored.hasNext();) {
			if (!stored.next().at.plus(RETENTION).isAfter(now)) {
				stored.remove();
			}
		}
	}

	private record Stored(Instant at, ObjectNode answer) {
	}

}
