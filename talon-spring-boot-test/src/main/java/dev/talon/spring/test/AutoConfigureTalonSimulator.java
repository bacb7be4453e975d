package dev.talon.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.talon.spring.autoconfigure.TalonConnectionDetails;
import dev.talon.spring.simulator.TalonSimulator;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Runs the application of a Spring test ({@code @SpringBootTest}, or a slice such as {@code @WebFluxTest} or
 * {@code @WebMvcTest}) against a {@link TalonSimulator} of its own instead of Talon.One, without any property:
 * <ul>
 * <li>One simulator per Talon.One Application (the single one of {@code talon.*}, or each of
 * {@code talon.applications.<name>}), started on a free port of 127.0.0.1 with an API key of its own while the
 * application context starts, and stopped when it closes. Each is a bean of the context, with the
 * {@link TalonConnectionDetails} that point the Application's client at it: inject {@link TalonSimulator} to arrange
 * a scenario and to see its state, {@link TalonRequests} to check what the application sent. With named
 * Applications, the beans of each are qualified with its name ({@code @Qualifier("eu") TalonSimulator}), and those of
 * {@code talon.default-application} (or of the only one) are primary.</li>
 * <li>The simulators' connection details win over the {@code talon.*} connection properties, as Spring Boot's
 * connection details do: a base URL set there (such as a real Talon.One in {@code application.yml}) is not used, and a
 * line at {@code INFO} names its property. A {@link TalonConnectionDetails} bean of the application for a simulated
 * Application (the single one's, or one qualified with a named Application's name) is replaced, and logged at
 * {@code INFO}; one qualified otherwise, for a client the application builds itself, stays. To test against those,
 * leave the annotation out.</li>
 * <li>Before each test method, every simulator of the context is {@link TalonSimulator#reset() reset} and the
 * {@link TalonSimulatorScenario} beans arrange it again, so that no test sees what another did, faults included.
 * Arrange a test's own scenario in the test or its {@code @BeforeEach} method. The reset first waits until the
 * {@code WebClientTalonIntegrationClient} beans of the context have no call and no session update in flight (a
 * client keeps sending after its caller gave up: an update in flight, its retries, the updates queued behind it),
 * having ended what the simulators hold when one is busy, at most the longest {@code talon.timeout} plus 5 s (then a
 * line at {@code WARN} names what is still in flight), so that nothing an earlier test started lands in the next.</li>
 * <li>In a slice, the Talon.One auto-configuration and what the client needs (Spring's {@code WebClient.Builder},
 * codecs, HTTP client settings) are imported, so that the client bean exists.</li>
 * <li>The simulators are part of the application context, so Spring's context cache keeps them with it: test classes
 * that share a context share its simulators, and two contexts never share one. Test classes that share a context do
 * not run at the same time when JUnit runs classes in parallel ({@link ResourceLock} on the context's
 * configuration), and the methods of such a class run one at a time; classes of different contexts run in
 * parallel.</li>
 * </ul>
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureTalonSimulator
 * class CheckoutTests {
 *
 *     @Autowired TalonSimulator talon;
 *     @Autowired TalonRequests talonRequests;
 *     ...
 * }
 * }</pre>
 *
 * @see TalonSimulatorExtension TalonSimulatorExtension, for tests without Spring
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
@ResourceLock(providers = TalonSimulatorResourceLocks.class)
public @interface AutoConfigureTalonSimulator {

}
