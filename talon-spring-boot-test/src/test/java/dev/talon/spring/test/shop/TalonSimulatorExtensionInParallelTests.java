package dev.talon.spring.test.shop;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.talon.spring.simulator.RecordedRequest;
import dev.talon.spring.simulator.SimulatedFailure;
import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.test.AutoConfigureTalonSimulator;
import dev.talon.spring.test.TalonSimulatorExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import org.springframework.boot.test.context.SpringBootTest;

import static dev.talon.spring.test.TalonClientsForTests.clientOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/**
 * {@link TalonSimulatorExtension} in test classes and methods that JUnit runs in parallel, run by a JUnit Platform of
 * their own: two classes sharing a {@code static} extension of their base class each get their own simulator from
 * {@link TalonSimulatorExtension#simulator()}, the methods of one class that share its simulator run one at a time,
 * and the extension refuses to run beside {@link AutoConfigureTalonSimulator}.
 */
class TalonSimulatorExtensionInParallelTests {

	static final Duration WAIT = ParallelTestClassesTests.WAIT;

	/** Met by the two subclasses, which therefore run at the same time. */
	static final CyclicBarrier bothSubclasses = new CyclicBarrier(2);

	static final Map<Class<?>, TalonSimulator> simulators = new ConcurrentHashMap<>();

	static final AtomicInteger inRepetition = new AtomicInteger();

	static final AtomicInteger overlappingRepetitions = new AtomicInteger();

	@Test
	void classesSharingTheExtensionOfTheirBaseClassEachSeeTheirOwnSimulator() {
		Events tests = engine("same_thread").selectors(selectClass(FirstSubclassTests.class),
				selectClass(SecondSubclassTests.class)).execute().testEvents();

		tests.assertThatEvents().haveExactly(2, finishedSuccessfully());
		assertThat(simulators.get(FirstSubclassTests.class)).isNotNull()
			.isNotSameAs(simulators.get(SecondSubclassTests.class));
	}

	@Test
	void methodsSharingTheSimulatorOfTheirClassRunOneAtATimeWhenMethodsRunConcurrently() {
		Events tests = engine("concurrent").selectors(selectClass(ConcurrentMethodsTests.class))
			.execute()
			.testEvents();

		tests.assertThatEvents().haveExactly(6, finishedSuccessfully());
		assertThat(overlappingRepetitions).as("repetitions that started while another ran").hasValue(0);
	}

	@Test
	void theExtensionBesideTheAnnotationFailsTheTestClass() {
		Events classes = engine("same_thread").selectors(selectClass(ExtensionBesideAnnotationTests.class))
			.execute()
			.containerEvents();

		classes.assertThatEvents()
			.haveExactly(1, finishedWithFailure(instanceOf(ExtensionConfigurationException.class),
					message((text) -> text.contains("annotated with @AutoConfigureTalonSimulator")
							&& text.contains("inject the context's simulator"))));
	}

	private static EngineTestKit.Builder engine(String methods) {
		return EngineTestKit.engine("junit-jupiter")
			.configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
			.configurationParameter("junit.jupiter.execution.parallel.mode.default", methods)
			.configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
			.configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
			.configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
			.configurationParameter(ParallelTestClassesTests.FIXTURES, "true");
	}

	/** Two test classes of this base class share its extension, and run at the same time. */
	@ExtendWith(ParallelTestClassesTests.OnlyInEngineTestKit.class)
	abstract static class SharedExtensionTests {

		@RegisterExtension
		static TalonSimulatorExtension talon = new TalonSimulatorExtension();

		@Test
		void theSimulatorIsTheOneOfThisClass() throws Exception {
			String cartId = getClass().getSimpleName();
			simulators.put(getClass(), talon.simulator());
			bothSubclasses.await(WAIT.toSeconds(), TimeUnit.SECONDS);
			ParallelTestClassesTests.sendCart(clientOf(talon.simulator()), cartId);
			// from a thread of no test, while both classes run, the extension cannot tell which one is meant
			CompletableFuture<TalonSimulator> elsewhere = CompletableFuture.supplyAsync(() -> talon.simulator());
			bothSubclasses.await(WAIT.toSeconds(), TimeUnit.SECONDS);

			assertThat(talon.requests().all()).singleElement()
				.satisfies((request) -> assertThat(request.pathParameter("customerSessionId")).isEqualTo(cartId));
			assertThat(talon.simulator()).isSameAs(simulators.get(getClass()));
			assertThat(elsewhere).failsWithin(WAIT)
				.withThrowableThat()
				.havingRootCause()
				.isInstanceOf(IllegalStateException.class)
				.withMessageContaining("runs 2 simulators");
		}

	}

	static class FirstSubclassTests extends SharedExtensionTests {

	}

	static class SecondSubclassTests extends SharedExtensionTests {

	}

	/** Repetitions that JUnit runs concurrently, each with a fault of its own on the class's simulator. */
	@ExtendWith(ParallelTestClassesTests.OnlyInEngineTestKit.class)
	static class ConcurrentMethodsTests {

		@RegisterExtension
		static TalonSimulatorExtension talon = new TalonSimulatorExtension();

		@RepeatedTest(6)
		void aFailureOfItsOwnIsRetried(TalonSimulator simulator) {
			if (inRepetition.incrementAndGet() > 1) {
				overlappingRepetitions.incrementAndGet();
			}
			try {
				simulator.faults().failNext(1, SimulatedFailure.status(503));
				ParallelTestClassesTests.sendCart(clientOf(simulator), "cart");

				assertThat(simulator.requests()).extracting(RecordedRequest::status).containsExactly(503, 200);
			}
			finally {
				inRepetition.decrementAndGet();
			}
		}

	}

	/** The extension on a test class with the annotation: the application would not talk to its simulator. */
	@SpringBootTest
	@AutoConfigureTalonSimulator
	@ExtendWith({ ParallelTestClassesTests.OnlyInEngineTestKit.class, TalonSimulatorExtension.class })
	static class ExtensionBesideAnnotationTests {

		@Test
		void slowTalonOne(TalonSimulator talon) {
			talon.faults().latency(Duration.ofSeconds(3));
		}

	}

}
