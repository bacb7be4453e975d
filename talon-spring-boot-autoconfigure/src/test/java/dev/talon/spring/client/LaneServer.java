package dev.talon.spring.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.util.UriUtils;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/**
 * A Talon.One stand-in (a WireMock transformer) for the calls that change a customer session, a customer profile or
 * a loyalty card, v1 and v2: like Talon.One it answers 409 to a request for a session or profile that already has one
 * in flight (and counts it), where v1 and v2 session updates, reopenings, returns and activations of the session's
 * points keep their session busy, profile updates, events, loyalty enrolments, deletions of transactions and of the
 * customer's data their profile, and links of a loyalty card the card; reads and dry runs keep nothing busy and are
 * answered at once. Requests that keep their
 * session or profile busy wait while the gate is closed, then take a small random time (and every n-th fails with 503,
 * if asked to). The server records, per
 * session or profile, the sequence number each request carries in its attributes ({@code seq}), with arrival and
 * departure times, and echoes it (and a session's state) in its answer.
 */
final class LaneServer implements ResponseDefinitionTransformerV2 {

	static final String NAME = "lane-server";

	private static final JsonMapper JSON = TalonJson.mapper();

	final Map<String, List<Received>> received = new ConcurrentHashMap<>();

	final AtomicInteger conflicts = new AtomicInteger();

	/** Requests that keep their session or profile busy and were not refused. */
	final AtomicInteger arrivals = new AtomicInteger();

	/** Reads and dry runs. */
	final AtomicInteger passedThrough = new AtomicInteger();

	final AtomicInteger inFlight = new AtomicInteger();

	/** The most requests held at the same time (of different sessions or profiles). */
	final AtomicInteger maxInFlight = new AtomicInteger();

	private final Map<String, AtomicInteger> busy = new ConcurrentHashMap<>();

	private volatile CountDownLatch gate = new CountDownLatch(0);

	private volatile int minDelayMillis;

	private volatile int maxDelayMillis;

	private volatile int failEvery;

	private final AtomicInteger processed = new AtomicInteger();

	LaneServer() {
		reset();
	}

	void reset() {
		this.gate.countDown();
		this.received.clear();
		this.busy.clear();
		this.conflicts.set(0);
		this.arrivals.set(0);
		this.passedThrough.set(0);
		this.inFlight.set(0);
		this.maxInFlight.set(0);
		this.processed.set(0);
		this.failEvery = 0;
		delayMillis(1, 15);
	}

	void closeGate() {
		this.gate = new CountDownLatch(1);
	}

	void openGate() {
		this.gate.countDown();
	}

	void delayMillis(int min, int max) {
		this.minDelayMillis = min;
		this.maxDelayMillis = max;
	}

	/** Answers every n-th request it processes with 503 (after processing it). */
	void failEvery(int n) {
		this.failEvery = n;
	}

	/** The sequence numbers a session or profile received, in arrival order. */
	List<Integer> seen(String lane) {
		return this.received.getOrDefault(lane, List.of()).stream().map(Received::seq).toList();
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		long arrival = System.nanoTime();
		Request request = serveEvent.getRequest();
		URI uri = URI.create(request.getUrl());
		String[] segments = uri.getRawPath().split("/");
		JsonNode body = (request.getBody() != null && request.getBody().length > 0) ? JSON.readTree(request.getBody())
				: JSON.createObjectNode();
		boolean dry = uri.getRawQuery() != null && uri.getRawQuery().contains("dry=true");
		String lane = lane(request.getMethod().getName(), segments, body);
		int seq = seq(body);
		if (lane == null || dry) {
			this.passedThrough.incrementAndGet();
			return answer(segments, body, seq);
		}
		AtomicInteger laneInFlight = this.busy.computeIfAbsent(lane, (key) -> new AtomicInteger());
		try {
			if (laneInFlight.incrementAndGet() > 1) {
				this.conflicts.incrementAndGet();
				return json(409, "{\"message\": \"Too many requests are updating this session at the same time\", "
						+ "\"errors\": [], \"StatusCode\": 409}");
			}
			this.maxInFlight.accumulateAndGet(this.inFlight.incrementAndGet(), Math::max);
			this.arrivals.incrementAndGet();
			try {
				if (!this.gate.await(20, TimeUnit.SECONDS)) {
					throw new IllegalStateException("the gate was never opened");
				}
				Thread.sleep(ThreadLocalRandom.current().nextInt(this.minDelayMillis, this.maxDelayMillis + 1));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				this.inFlight.decrementAndGet();
			}
			this.received.computeIfAbsent(lane, (key) -> Collections.synchronizedList(new ArrayList<>()))
				.add(new Received(seq, segments[segments.length - 1], arrival, System.nanoTime()));
			if (this.failEvery > 0 && this.processed.incrementAndGet() % this.failEvery == 0) {
				return json(503, "{\"message\": \"unavailable\"}");
			}
			return answer(segments, body, seq);
		}
		finally {
			laneInFlight.decrementAndGet();
		}
	}

	/** What a request keeps busy at Talon.One: {@code session:<id>}, {@code profile:<id>}, or nothing. */
	private static String lane(String method, String[] segments, JsonNode body) {
		if (method.equals("GET") || segments.length < 3) {
			return null;
		}
		String kind = segments[2];
		if (kind.equals("customer_sessions")) {
			return "session:" + decode(segments[3]);
		}
		if (kind.equals("customer_profiles") && segments.length > 3) {
			return "profile:" + decode(segments[3]);
		}
		if (kind.equals("events")) {
			return "profile:" + body.path("profileId").asString();
		}
		if (kind.equals("customer_data")) {
			return "profile:" + decode(segments[3]);
		}
		if (kind.equals("loyalty_programs")) {
			return loyaltyLane(segments, body);
		}
		return null;
	}

	/**
	 * The lanes of the loyalty changes, as the client queues them (Talon.One's spec declares no 409 for them: this
	 * stand-in refuses overlaps to show that the client sends them one at a time): a profile's enrolment and
	 * deletions in the profile's lane, an activation by session in the session's, a card's links in the card's.
	 */
	private static String loyaltyLane(String[] segments, JsonNode body) {
		String last = segments[segments.length - 1];
		if (segments.length > 5 && segments[4].equals("profile")) {
			return "profile:" + decode(segments[5]);
		}
		if (last.equals("activate_points") && body.has("sessionId")) {
			return "session:" + body.path("sessionId").asString();
		}
		if (last.equals("link_profile") || last.equals("unlink_profile")) {
			return "card:" + segments[3] + "/" + decode(segments[5]);
		}
		if (last.equals("cards") && body.has("cardIdentifier")) {
			return "card:" + segments[3] + "/" + body.path("cardIdentifier").asString();
		}
		return null;
	}

	private static int seq(JsonNode body) {
		for (JsonNode holder : List.of(body.path("customerSession"), body)) {
			JsonNode seq = holder.path("attributes").path("seq");
			if (seq.isNumber()) {
				return seq.asInt();
			}
		}
		return -1;
	}

	private static ResponseDefinition answer(String[] segments, JsonNode body, int seq) {
		String version = segments[1];
		String kind = segments[2];
		if (version.equals("v1") && kind.equals("customer_sessions")) {
			String state = body.path("state").asString("open");
			return json(200, """
					{"session": {"integrationId": "%s", "state": "%s", "attributes": {"seq": %d}},
					 "event": {"effects": []}}
					""".formatted(decode(segments[3]), state, seq));
		}
		if (kind.equals("customer_sessions")) {
			if (segments.length > 4 && segments[4].equals("reopen")) {
				return json(200, "{\"effects\": []}");
			}
			String state = body.path("customerSession").path("state").asString("open");
			return json(200, """
					{"customerSession": {"integrationId": "%s", "state": "%s", "attributes": {"seq": %d}},
					 "effects": [], "createdCoupons": [], "createdReferrals": []}
					""".formatted(decode(segments[3]), state, seq));
		}
		return json(200, """
				{"customerProfile": {"integrationId": "p", "attributes": {"seq": %d}},
				 "effects": [], "createdCoupons": [], "createdReferrals": []}
				""".formatted(seq));
	}

	private static String decode(String segment) {
		return UriUtils.decode(segment, StandardCharsets.UTF_8);
	}

	private static ResponseDefinition json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body).build();
	}

	@Override
	public boolean applyGlobally() {
		return false;
	}

	@Override
	public String getName() {
		return NAME;
	}

	/**
	 * A request the server processed.
	 *
	 * @param seq the sequence number it carried, or -1
	 * @param lastSegment the last segment of its path (such as {@code reopen} or {@code returns})
	 * @param arrivalNanos when it arrived
	 * @param departureNanos when it was answered
	 */
	record Received(int seq, String lastSegment, long arrivalNanos, long departureNanos) {
	}

}
