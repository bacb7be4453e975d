package dev.talon.spring.test;

import dev.talon.spring.simulator.TalonSimulator;

/**
 * What a simulator holds before each test: rules, profiles, loyalty points, coupon reservations, faults. A scenario
 * arranges a freshly {@link TalonSimulator#reset() reset} simulator, so that every test starts from it rather than from
 * the simulator's defaults, whatever the tests before did.
 * <ul>
 * <li>With {@link AutoConfigureTalonSimulator}, declare it as a bean of the test's context (such as in a nested
 * {@code @TestConfiguration}): it arranges the simulators when the context starts and again before each test method.
 * A bean qualified with the name of a Talon.One Application ({@code @Qualifier("eu")}, or named {@code eu}) arranges
 * that Application's simulator only; any other arranges every simulator of the context. Several apply in their
 * {@code @Order}.</li>
 * <li>With {@link TalonSimulatorExtension}, give it to {@link TalonSimulatorExtension#scenario(TalonSimulatorScenario)}.</li>
 * </ul>
 * <pre>{@code
 * @Bean
 * TalonSimulatorScenario springSale() {
 *     return (talon) -> {
 *         talon.rules(PromotionRules.defaults()
 *             .and(new CouponRule(6, "SPRING", Discount.percent("20"), BigDecimal.ZERO, "Spring sale: 20% off")));
 *         talon.updateProfile("alice", Map.of("tier", "gold"));
 *         talon.addLoyaltyPoints("alice", 1, new BigDecimal("120"));
 *     };
 * }
 * }</pre>
 */
@FunctionalInterface
public interface TalonSimulatorScenario {

	/**
	 * Arranges a simulator that was just reset.
	 * @param simulator the simulator, running, in its configuration's state
	 */
	void arrange(TalonSimulator simulator);

}
