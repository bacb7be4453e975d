/**
 * Test support for applications of the Talon.One starter: {@link dev.talon.spring.test.AutoConfigureTalonSimulator}
 * runs a Spring test's application against the Talon.One simulator, {@link dev.talon.spring.test.TalonSimulatorExtension}
 * gives one to a JUnit test without Spring, {@link dev.talon.spring.test.TalonSimulatorScenario} arranges it before
 * each test and {@link dev.talon.spring.test.TalonRequests} shows what the application sent as the client's models.
 */
package dev.talon.spring.test;
