package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.talon.spring.autoconfigure.TalonAutoConfiguration;
import dev.talon.spring.client.TalonCallResult;
import dev.talon.spring.client.TalonClientListener;
import dev.talon.spring.client.TalonException;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.TalonOperation;
import dev.talon.spring.client.TalonOutcome;
import dev.talon.spring.client.model.v2.CartItem;
import dev.talon.spring.client.model.v2.IntegrationEventV2Request;
import dev.talon.spring.client.model.v2.IntegrationEventV2Response;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.IntegrationStateV2;
import dev.talon.spring.client.model.v2.NewCustomerSessionV2;
import dev.talon.spring.simulator.SimulatedSession;
import dev.talon.spring.simulator.TalonSimulatorConfig;
import dev.talon.spring.test.TalonSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of a shop (two Spring contexts, each with its auto-configured client) update the same carts at the
 * same time through the simulator on loopback, as two nodes behind a load balancer without sticky sessions would.
 * Each instance sends its own updates of a session one at a time, in order, but the two instances know nothing of
 * each other: their updates of one session overlap at the server, which answers 409 as Talon.One does, and the client
 * retries them. No error reaches a caller, and every session ends with the last update of one of the instances.
 * <p>
 * What a shop gets across instances: each instance's updates of a session in its own order; between instances,
 * Talon.One's 409 and the retry serialise the updates, but in no order the shops chose: the session ends with
 * whichever instance's update came last. Routing each cart to one instance (sticky by cart id) restores a single order.
 */
class SeveralShopInstancesTests {

	private static final int SESSIONS = 20;

	private static final int UPDATES_PER_INSTANCE = 6;

	// latency, so that the instances' updates of a session do overlap at the server (150 ms made 10 of 40 calls
	// fail when 409s were retried only max-attempts times)
	@RegisterExtension
	static TalonSimulatorExtension talon = new TalonSimulatorExtension()
		.config(TalonSimulatorConfig.defaults().apiKey("test-key").latency(Duration.ofMillis(50)));

	@Test
	void twoInstancesUpdatingTheSameSessionsAtOnceLeaveEachSessionWithOneInstancesLastUpdate() {
		Instance a = new Instance("A");
		Instance b = new Instance("B");

		a.runner().run((contextA) -> b.runner().run((contextB) -> {
			TalonIntegrationClient clientA = contextA.getBean(TalonIntegrationClient.class);
			TalonIntegrationClient clientB = contextB.getBean(TalonIntegrationClient.class);
			List<CompletableFuture<IntegrationStateV2>> updates = new ArrayList<>();
			for (int n = 0; n < UPDATES_PER_INSTANCE; n++) {
				for (int session = 0; session < SESSIONS; session++) {
					updates.add(a.update(clientA, session, n));
					updates.add(b.update(clientB, session, n));
				}
			}
			CompletableFuture.allOf(updates.toArray(CompletableFuture[]::new)).exceptionally((ex) -> null)
				.get(120, TimeUnit.SECONDS);

			assertThat(updates).as("calls that failed").allSatisfy((update) -> assertThat(update).isCompleted()
				.isNotCompletedExceptionally());
		}));

		for (int session = 0; session < SESSIONS; session++) {
			SimulatedSession stored = talon.simulator().session(cartId(session)).orElseThrow();
			assertThat(stored.cartItems()).as(cartId(session)).singleElement()
				.satisfies((item) -> assertThat(item.sku()).isIn("A-" + (UPDATES_PER_INSTANCE - 1),
						"B-" + (UPDATES_PER_INSTANCE - 1)));
		}
		int conflicts = a.conflictRetries.get() + b.conflictRetries.get();
		assertThat(conflicts).as("409s retried: the instances' updates did overlap").isPositive();
		assertThat(a.results).hasSize(SESSIONS * UPDATES_PER_INSTANCE)
			.allSatisfy((result) -> assertThat(result.outcome()).isEqualTo(TalonOutcome.SUCCESS));
		assertThat(b.results).hasSize(SESSIONS * UPDATES_PER_INSTANCE);
		assertThat(Math.max(a.mostAttempts(), b.mostAttempts())).as("most attempts of a call").isGreaterThan(1);
	}

	@Test
	void twoInstancesTrackingEventsOfOneCustomerAtOnceRecordEachEventOnce() {
		// trackEventV2 is not idempotent, but its 409 for parallel requests says Talon.One recorded nothing
		Instance a = new Instance("A");
		Instance b = new Instance("B");
		int events = 8;
		a.runner().run((contextA) -> b.runner().run((contextB) -> {
			List<CompletableFuture<IntegrationEventV2Response>> tracked = new ArrayList<>();
			for (int n = 0; n < events; n++) {
				for (TalonIntegrationClient client : List.of(contextA.getBean(TalonIntegrationClient.class),
						contextB.getBean(TalonIntegrationClient.class))) {
					tracked.add(client
						.trackEventV2(IntegrationEventV2Request.builder("shared-customer", "page_viewed").build())
						.toFuture());
				}
			}
			CompletableFuture.allOf(tracked.toArray(CompletableFuture[]::new)).exceptionally((ex) -> null)
				.get(120, TimeUnit.SECONDS);
			assertThat(tracked).as("calls that failed").allSatisfy((event) -> assertThat(event).isCompleted()
				.isNotCompletedExceptionally());
		}));
		assertThat(talon.simulator().events()).filteredOn((event) -> "shared-customer".equals(event.profileId()))
			.as("each event recorded once").hasSize(2 * events);
		assertThat(a.conflictRetries.get() + b.conflictRetries.get()).as("409s retried: the events did overlap")
			.isPositive();
	}

	private static String cartId(int session) {
		return "shared-cart-" + session;
	}

	/** One shop instance: a Spring context with the auto-configured client, and what its calls did. */
	static final class Instance {

		final String name;

		final List<TalonCallResult> results = new CopyOnWriteArrayList<>();

		final AtomicInteger conflictRetries = new AtomicInteger();

		Instance(String name) {
			this.name = name;
		}

		ApplicationContextRunner runner() {
			return new ApplicationContextRunner()
				.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, CodecsAutoConfiguration.class,
						HttpClientAutoConfiguration.class, ReactiveHttpClientAutoConfiguration.class,
						WebClientAutoConfiguration.class, TalonAutoConfiguration.class))
				.withPropertyValues("talon.base-url=" + talon.simulator().baseUrl(), "talon.api-key=test-key",
						// the default retry settings: a 409 is retried as long as the call's timeout allows; the
						// timeout is long as each instance's updates of a cart wait for each other, and the machine
						// building this may be busy
						"talon.timeout=30s")
				.withBean(TalonClientListener.class, () -> new TalonClientListener() {

					@Override
					public void onRetry(TalonOperation operation, String reason, TalonException failure,
							Duration delay) {
						if (reason.equals("status_409")) {
							Instance.this.conflictRetries.incrementAndGet();
						}
					}

					@Override
					public void onCallComplete(TalonCallResult result) {
						Instance.this.results.add(result);
					}

				});
		}

		/** The instance's update number {@code n} of a session: the whole cart, one item named after it. */
		CompletableFuture<IntegrationStateV2> update(TalonIntegrationClient client, int session, int n) {
			return client.updateCustomerSessionV2(cartId(session), IntegrationRequest.of(NewCustomerSessionV2.builder()
				.profileId("customer-" + session)
				.cartItems(List.of(CartItem.builder(this.name + "-" + n, 1).price(new BigDecimal("10.00")).build()))
				.attribute("writer", this.name)
				.build())).toFuture();
		}

		int mostAttempts() {
			return this.results.stream().mapToInt(TalonCallResult::attempts).max().orElse(0);
		}

	}

}
