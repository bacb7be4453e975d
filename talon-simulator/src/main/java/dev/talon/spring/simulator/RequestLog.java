package dev.talon.spring.simulator;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The latest requests that reached the operations, oldest first, for {@link TalonSimulator#requests()}: at most
 * {@value #MAX_REQUESTS}, whose bodies have at most {@value #MAX_BODY_CHARACTERS} characters in all; older ones are
 * forgotten. Each is kept with what a test needs to check what a shop sent, never with its credentials.
 */
final class RequestLog {

	/** The most requests kept; older ones are forgotten. */
	static final int MAX_REQUESTS = 10_000;

	/** The most characters of bodies kept, all requests together (a body has at most 1 MB). */
	static final long MAX_BODY_CHARACTERS = 32L * 1024 * 1024;

	private final Deque<Entry> entries = new ArrayDeque<>();

	private final int capacity;

	private final long bodyCapacity;

	/** The characters of the bodies kept. */
	private long bodyCharacters;

	RequestLog() {
		this(MAX_REQUESTS, MAX_BODY_CHARACTERS);
	}

	RequestLog(int capacity, long bodyCapacity) {
		this.capacity = capacity;
		this.bodyCapacity = bodyCapacity;
	}

	/**
	 * Records a request as it arrives.
	 * @return the entry, whose status {@link #answered} sets
	 */
	synchronized Entry add(String operationId, String method, String path, Map<String, String> pathParameters,
			Map<String, List<String>> query, String body, String idempotencyKey, Instant received) {
		Entry entry = new Entry(operationId, method, path, pathParameters, query, body, idempotencyKey, received);
		this.entries.addLast(entry);
		this.bodyCharacters += entry.bodyLength();
		while (this.entries.size() > 1
				&& (this.entries.size() > this.capacity || this.bodyCharacters > this.bodyCapacity)) {
			this.bodyCharacters -= this.entries.removeFirst().bodyLength();
		}
		return entry;
	}

	/**
	 * Records the status a request was answered with.
	 * @param entry the request's entry
	 * @param status the status
	 */
	synchronized void answered(Entry entry, int status) {
		entry.status = status;
	}

	synchronized List<RecordedRequest> snapshot() {
		List<RecordedRequest> requests = new ArrayList<>(this.entries.size());
		for (Entry entry : this.entries) {
			requests.add(new RecordedRequest(entry.operationId, entry.method, entry.path, entry.pathParameters,
					entry.query, entry.body, entry.idempotencyKey, entry.received, entry.status));
		}
		return requests;
	}

	synchronized void clear() {
		this.entries.clear();
		this.bodyCharacters = 0;
	}

	/**
	 * One request; its status is set once it is answered.
	 */
	static final class Entry {

		final String operationId;

		final String method;

		final String path;

		final Map<String, String> pathParameters;

		final Map<String, List<String>> query;

		final String body;

		final String idempotencyKey;

		final Instant received;

		/** The status answered, 0 for none (yet); guarded by the log. */
		int status;

		Entry(String operationId, String method, String path, Map<String, String> pathParameters,
				Map<String, List<String>> query, String body, String idempotencyKey, Instant received) {
			this.operationId = operationId;
			this.method = method;
			this.path = path;
			this.pathParameters = pathParameters;
			this.query = query;
			this.body = body;
			this.idempotencyKey = idempotencyKey;
			this.received = received;
		}

		long bodyLength() {
			return (this.body != null) ? this.body.length() : 0;
		}

	}

}
