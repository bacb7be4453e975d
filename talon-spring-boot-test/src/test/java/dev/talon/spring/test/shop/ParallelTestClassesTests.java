package dev.talon.spring.test.shop;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.model.v2.CartItem;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.NewCustomerSessionV2;
import dev.talon.spring.simulator.RecordedRequest;
import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.test.AutoConfigureTalonSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;

/**
 * Test classes annotated with {@link AutoConfigureTalonSimulator}, run by a JUnit Platform of their own with parallel
 * execution of classes: classes of two different contexts run at the same time, each against its own simulator,
 * while two classes of one (cached) context share its simulator and run one after the other.
 */
class ParallelTestClassesTests {

	/** The configuration parameter that enables the fixtures, which run in {@link EngineTestKit} only. */
	static final String FIXTURES = "dev.talon.spring.test.fixtures";

	static final Duration WAIT = Duration.ofSeconds(60);

	/** Met by the two classes of different contexts, which must therefore run at the same time. */
	static final CyclicBarrier bothDifferentContexts = new CyclicBarrier(2);

	/** The tests of the shared context that are running. */
	static final AtomicInteger inSharedContext = new AtomicInteger();

	/** The simulator each fixture class saw. */
	static final Map<Class<?>, TalonSimulator> simulators = new ConcurrentHashMap<>();

	@Test
	void classesOfDifferentContextsRunInParallelAndThoseOfOneContextOneAfterTheOther() {
		Events tests = EngineTestKit.engine("junit-jupiter")
			.configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
			.configurationParameter("junit.jupiter.execution.parallel.mode.default", "same_thread")
			.configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
			.configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
			.configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
			.configurationParameter(FIXTURES, "true")
			.selectors(selectClass(EuropeanShopTests.class), selectClass(BritishShopTests.class),
					selectClass(SharedContextFirstTests.class), selectClass(SharedContextSecondTests.class))
			.execute()
			.testEvents();

		tests.assertThatEvents().haveExactly(6, finishedSuccessfully());
		assertThat(simulators.get(EuropeanShopTests.class)).isNotSameAs(simulators.get(BritishShopTests.class));
		assertThat(simulators.get(SharedContextFirstTests.class)).as("one cached context, one simulator")
			.isSameAs(simulators.get(SharedContextSecondTests.class))
			.isNotIn(simulators.get(EuropeanShopTests.class), simulators.get(BritishShopTests.class));
	}

	static void sendCart(TalonIntegrationClient client, String cartId) {
		client.updateCustomerSessionV2(cartId, IntegrationRequest.of(NewCustomerSessionV2.builder()
			.addCartItem(CartItem.builder("A", 1).price(new BigDecimal("10.00")).build())
			.build())).block(WAIT);
	}

	static List<String> sessionsSent(TalonSimulator simulator) {
		return simulator.requests().stream().map((request) -> request.pathParameter("customerSessionId")).toList();
	}

	/**
	 * Runs the fixtures in {@link EngineTestKit} only, not when a build or an IDE finds them.
	 */
	static class OnlyInEngineTestKit implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			return context.getConfigurationParameter(FIXTURES).isPresent()
					? ConditionEvaluationResult.enabled("run by ParallelTestClassesTests")
					: ConditionEvaluationResult.disabled("a fixture of ParallelTestClassesTests");
		}

	}

	/** One of two classes of different contexts: it sends a cart while the other does, to a simulator of its own. */
	abstract static class DifferentContextTests {

		@Autowired
		TalonIntegrationClient client;

		@Autowired
		TalonSimulator talon;

		@Test
		void sendsACartWhileTheOtherClassDoes() throws Exception {
			simulators.put(getClass(), this.talon);
			String cartId = getClass().getSimpleName();
			bothDifferentContexts.await(WAIT.toSeconds(), TimeUnit.SECONDS);
			sendCart(this.client, cartId);
			bothDifferentContexts.await(WAIT.toSeconds(), TimeUnit.SECONDS);

			assertThat(sessionsSent(this.talon)).containsExactly(cartId);
		}

	}

	@ExtendWith(OnlyInEngineTestKit.class)
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "shop.market=eu")
	@AutoConfigureTalonSimulator
	static class EuropeanShopTests extends DifferentContextTests {

	}

	@ExtendWith(OnlyInEngineTestKit.class)
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "shop.market=uk")
	@AutoConfigureTalonSimulator
	static class BritishShopTests extends DifferentContextTests {

	}

	/**
	 * One of two classes of the same context: each test finds the shared simulator reset and alone with it while it
	 * runs.
	 */
	abstract static class SharedContextTests {

		@Autowired
		TalonIntegrationClient client;

		@Autowired
		TalonSimulator talon;

		@Test
		void hasTheSimulatorToItself() throws Exception {
			test("first");
		}

		@Test
		void hasItToItselfAgain() throws Exception {
			test("second");
		}

		private void test(String name) throws InterruptedException {
			assertThat(inSharedContext.incrementAndGet()).as("no other test of the context runs").isEqualTo(1);
			try {
				simulators.put(getClass(), this.talon);
				assertThat(this.talon.requests()).as("reset").isEmpty();
				String cartId = getClass().getSimpleName() + "-" + name;
				sendCart(this.client, cartId);
				Thread.sleep(200);
				assertThat(this.talon.requests()).extracting(RecordedRequest::operationId)
					.containsExactly("updateCustomerSessionV2");
				assertThat(sessionsSent(this.talon)).containsExactly(cartId);
			}
			finally {
				inSharedContext.decrementAndGet();
			}
		}

	}

	@ExtendWith(OnlyInEngineTestKit.class)
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "shop.market=shared")
	@AutoConfigureTalonSimulator
	static class SharedContextFirstTests extends SharedContextTests {

	}

	@ExtendWith(OnlyInEngineTestKit.class)
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "shop.market=shared")
	@AutoConfigureTalonSimulator
	static class SharedContextSecondTests extends SharedContextTests {

	}

}
