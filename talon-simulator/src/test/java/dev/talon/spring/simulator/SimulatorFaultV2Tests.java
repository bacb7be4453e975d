package dev.talon.spring.simulator;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.talon.spring.simulator.TalonV2.array;
import static dev.talon.spring.simulator.TalonV2.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Authentication, the 409 of overlapping updates of one session, one profile and events of one profile, and injected
 * failures on the v2 paths, as on v1.
 */
class SimulatorFaultV2Tests {

	private static final String APPLICATION_KEY = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

	private static TalonSimulator simulator;

	private static TalonV2 talon;

	private static RawHttp http;

	@BeforeAll
	static void start() {
		simulator = TalonSimulator.start(TalonSimulatorConfig.defaults().application(7, APPLICATION_KEY));
		talon = new TalonV2(simulator);
		http = talon.http();
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@BeforeEach
	void forgetEverything() {
		simulator.reset();
	}

	@Test
	void v2PathsNeedCredentials() {
		String body = "{\"customerSession\":{\"profileId\":\"mallory\"}}";

		RawHttp.Answer none = http.send("PUT", "/v2/customer_sessions/a-1", body, new String[0]);
		RawHttp.Answer wrongKey = http.send("PUT", "/v2/customer_sessions/a-1", body, "Authorization",
				"ApiKey-v1 stolen-key-0001");
		RawHttp.Answer read = http.send("GET", "/v3/events/e-1", null, new String[0]);
		RawHttp.Answer signed = http.send("PUT", "/v2/customer_sessions/a-1", body, "Content-Signature",
				"signer=7; signature=" + RawHttp.sign(body, APPLICATION_KEY));
		RawHttp.Answer signedGet = http.send("GET", "/v2/customer_sessions/a-1", null, "Content-Signature",
				"signer=7; signature=" + RawHttp.sign("", APPLICATION_KEY));

		assertThat(none.status()).isEqualTo(401);
		assertThat(wrongKey.status()).isEqualTo(401);
		assertThat(wrongKey.body()).doesNotContain("stolen-key-0001");
		assertThat(read.status()).isEqualTo(401);
		assertThat(signed.status()).isEqualTo(200);
		assertThat(signedGet.status()).isEqualTo(200);
		assertThat(signedGet.json().path("customerSession").path("profileId").asString()).isEqualTo("mallory");
	}

	@Test
	void anUpdateOverlappingAnotherOfTheSameSessionGetsA409WhateverTheApi() throws Exception {
		simulator.faults().latency(Duration.ofMillis(1500));
		CompletableFuture<HttpResponse<String>> first = http.sendAsync("PUT", "/v2/customer_sessions/busy",
				"{\"customerSession\":{\"profileId\":\"nick\"}}");
		awaitInProgress(first);
		RawHttp.Answer v2 = talon.updateSession("busy", "{\"couponCodes\":[\"X\"]}");
		RawHttp.Answer v1 = http.send("PUT", "/v1/customer_sessions/busy", "{\"coupon\":\"X\"}");
		RawHttp.Answer reopen = talon.reopen("busy");
		RawHttp.Answer returns = talon.returnItems("busy", "", "[{\"position\":0}]");
		RawHttp.Answer dry = talon.updateSessionWithQuery("busy", "dry=true", "{}");
		simulator.faults().latency(Duration.ZERO);
		RawHttp.Answer other = talon.updateSession("other", "{}");

		assertThat(v2.status()).isEqualTo(409);
		assertThat(v2.json().toString()).isEqualTo("{\"message\":\"Too many requests are updating this session at "
				+ "the same time\",\"errors\":[],\"StatusCode\":409}");
		assertThat(v1.status()).isEqualTo(409);
		assertThat(reopen.status()).isEqualTo(409);
		assertThat(returns.status()).isEqualTo(409);
		assertThat(dry.status()).as("a dry request updates nothing").isEqualTo(200);
		assertThat(other.status()).isEqualTo(200);
		assertThat(first.get().statusCode()).isEqualTo(200);
		assertThat(simulator.session("busy").orElseThrow().couponCodes()).as("the 409s changed nothing").isEmpty();
	}

	@Test
	void anUpdateOrAnEventOverlappingAnUpdateOfTheSameProfileGetsA409() throws Exception {
		simulator.faults().latency(Duration.ofMillis(1500));
		CompletableFuture<HttpResponse<String>> first = http.sendAsync("PUT", "/v2/customer_profiles/olga",
				"{\"attributes\":{\"tier\":\"gold\"}}");
		awaitInProgress(first);
		RawHttp.Answer profile = http.send("PUT", "/v2/customer_profiles/olga", "{\"attributes\":{\"tier\":\"x\"}}");
		RawHttp.Answer eventV2 = http.send("POST", "/v2/events", "{\"profileId\":\"olga\",\"type\":\"viewed\"}");
		RawHttp.Answer eventV3 = http.send("POST", "/v3/events",
				"{\"profileId\":\"olga\",\"type\":\"viewed\",\"integrationId\":\"v-1\"}");
		simulator.faults().latency(Duration.ZERO);
		RawHttp.Answer otherProfile = http.send("POST", "/v2/events", "{\"profileId\":\"pete\",\"type\":\"viewed\"}");

		assertThat(profile.status()).isEqualTo(409);
		assertThat(profile.json().path("message").asString())
			.isEqualTo("Too many requests are updating this profile at the same time");
		assertThat(profile.json().path("StatusCode").asInt()).isEqualTo(409);
		assertThat(eventV2.status()).isEqualTo(409);
		assertThat(eventV3.status()).isEqualTo(409);
		assertThat(otherProfile.status()).isEqualTo(204);
		assertThat(first.get().statusCode()).isEqualTo(200);
		assertThat(simulator.profile("olga").orElseThrow().attributes()).containsEntry("tier", "gold");
		assertThat(simulator.advancedEvent("v-1")).as("a refused advanced event can be sent again").isEmpty();
	}

	@Test
	void injectedFailuresApplyToV2AndChangeNothing() {
		long before = simulator.requestCount();
		simulator.faults().failNext(1, SimulatedFailure.status(503, Duration.ofSeconds(2)));

		RawHttp.Answer failed = talon.updateSession("f-1", "{\"cartItems\":" + array(item("A", "10", 1)) + "}");
		JsonNode retried = talon.updated("f-1", "{\"cartItems\":" + array(item("A", "10", 1)) + "}", "customerSession");

		assertThat(failed.status()).isEqualTo(503);
		assertThat(failed.response().headers().firstValue("Retry-After")).hasValue("2");
		assertThat(retried.path("customerSession").path("updateCount").asLong()).as("the failed one did not count")
			.isEqualTo(1);
		assertThat(simulator.requestCount() - before).isEqualTo(2);
	}

	@Test
	void aDroppedConnectionOnAV2PathIsAnIoFailure() {
		simulator.faults().failNext(1, SimulatedFailure.dropConnection());

		assertThatThrownBy(() -> talon.updateSession("dropped", "{}")).isInstanceOf(UncheckedIOException.class);
		assertThat(simulator.session("dropped")).isEmpty();
	}

	private static void awaitInProgress(CompletableFuture<HttpResponse<String>> exchange) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (simulator.requestsInProgress() == 0 && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertThat(simulator.requestsInProgress()).as("the first request arrived").isEqualTo(1);
		Thread.sleep(100);
		assertThat(exchange).as("the first request is still in its latency").isNotDone();
	}

}
