package dev.talon.spring.sample;

import dev.talon.spring.test.AutoConfigureTalonSimulator;
import dev.talon.spring.test.TalonSimulatorScenario;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The rules of each market's Talon.One Application on the simulators of {@link AutoConfigureTalonSimulator}, the same
 * as the shop's embedded simulators have ({@link SimulatorRules}): eu the EUR rules (the simulator's defaults), uk the
 * GBP rules. Each scenario is qualified with its Application's name, so it arranges that Application's simulator
 * only, when the context starts and again after the reset before each test. Every test class that runs the whole
 * shop imports it, so that they share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
class MarketRules {

	@Bean
	@Qualifier("eu")
	TalonSimulatorScenario euRules() {
		return (talon) -> talon.rules(SimulatorRules.forCurrency(ProductCatalog.EUR));
	}

	@Bean
	@Qualifier("uk")
	TalonSimulatorScenario ukRules() {
		return (talon) -> talon.rules(SimulatorRules.forCurrency(ProductCatalog.GBP));
	}

}
