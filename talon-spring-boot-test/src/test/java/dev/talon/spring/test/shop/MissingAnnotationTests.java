package dev.talon.spring.test.shop;

import dev.talon.spring.simulator.SimulatedFailure;
import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.test.AutoConfigureTalonSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/**
 * A Spring test that injects the simulator but forgot {@link AutoConfigureTalonSimulator} is told to add it, rather
 * than getting Spring's bare "No qualifying bean of type".
 */
class MissingAnnotationTests {

	@Test
	void aTestThatInjectsTheSimulatorWithoutTheAnnotationIsToldToAddIt() {
		EngineTestKit.engine("junit-jupiter")
			.configurationParameter(ParallelTestClassesTests.FIXTURES, "true")
			.selectors(selectClass(WithoutAnnotationTests.class))
			.execute()
			.testEvents()
			.assertThatEvents()
			.haveExactly(1, finishedWithFailure(instanceOf(IllegalStateException.class),
					message("dev.talon.spring.test.shop.MissingAnnotationTests$WithoutAnnotationTests.talon needs a "
							+ "TalonSimulator, which @AutoConfigureTalonSimulator provides: annotate "
							+ "WithoutAnnotationTests with @AutoConfigureTalonSimulator (or, for a test without "
							+ "Spring, register a TalonSimulatorExtension)")));
	}

	/** Talks to a Talon.One of its own properties, and injects a simulator it does not have. */
	@SpringBootTest(properties = { "talon.base-url=http://127.0.0.1:9", "talon.api-key=test-key" })
	@ExtendWith(ParallelTestClassesTests.OnlyInEngineTestKit.class)
	static class WithoutAnnotationTests {

		@Autowired
		TalonSimulator talon;

		@Test
		void arrangesTheSimulator() {
			this.talon.faults().failAll(SimulatedFailure.status(503));
		}

	}

}
