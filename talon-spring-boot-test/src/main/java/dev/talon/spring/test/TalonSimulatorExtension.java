package dev.talon.spring.test;

import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.simulator.TalonSimulatorConfig;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A {@link TalonSimulator} for a JUnit Jupiter test without Spring, such as one of a client built by hand:
 * <ul>
 * <li>started before the test class ({@code @ExtendWith(TalonSimulatorExtension.class)}, or a {@code static}
 * {@code @RegisterExtension} field) on a free port of 127.0.0.1, or before each test method (an instance field), and
 * closed after it;</li>
 * <li>{@link TalonSimulator#reset() reset} before each test method and arranged with the
 * {@link #scenario(TalonSimulatorScenario) scenario}, so that no test sees what another did;</li>
 * <li>injected into test and lifecycle methods and constructors as a {@link TalonSimulator} or {@link TalonRequests}
 * parameter, or read from a field's {@link #simulator()} and {@link #requests()}.</li>
 * </ul>
 * <pre>{@code
 * @RegisterExtension
 * static TalonSimulatorExtension talon = new TalonSimulatorExtension()
 *     .scenario((simulator) -> simulator.updateProfile("alice", Map.of("tier", "gold")));
 *
 * @Test
 * void aCartOfFiftyGetsTenPercentOff() {
 *     TalonIntegrationClient client = WebClientTalonIntegrationClient
 *         .builder(WebClient.builder(), URI.create(talon.simulator().baseUrl()), TalonCredentials.apiKey(talon.simulator().config().apiKey()))
 *         .build();
 *     ...
 * }
 * }</pre>
 * Every test class gets a simulator of its own, so classes run in parallel safely. The methods of one class share
 * it: run them in one thread (JUnit's default, or {@code @Execution(SAME_THREAD)}). Two extensions in one class (two
 * Talon.One Applications) are two simulators; inject them from their fields, as parameters would be ambiguous.
 */
public class TalonSimulatorExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(TalonSimulatorExtension.class);

	private final TalonSimulatorConfig config;

	private final TalonSimulatorScenario scenario;

	private volatile TalonSimulator simulator;

	/**
	 * A simulator of the {@link TalonSimulatorConfig#defaults() default configuration} (its rules, API key
	 * {@value TalonSimulatorConfig#DEFAULT_API_KEY}) on a random port, without scenario.
	 */
	public TalonSimulatorExtension() {
		this(TalonSimulatorConfig.defaults(), (simulator) -> {
		});
	}

	private TalonSimulatorExtension(TalonSimulatorConfig config, TalonSimulatorScenario scenario) {
		this.config = config;
		this.scenario = scenario;
	}

	/**
	 * This extension with another configuration, such as other rules, credentials or a clock of the test's own.
	 * @param config the configuration; keep its port 0 (a random free one) for tests that run in parallel
	 * @return a new extension
	 * @throws IllegalArgumentException when {@code config} is {@code null}
	 */
	public TalonSimulatorExtension config(TalonSimulatorConfig config) {
		if (config == null) {
			throw new IllegalArgumentException("config must not be null");
		}
		return new TalonSimulatorExtension(config, this.scenario);
	}

	/**
	 * This extension with a scenario that arranges the simulator before each test, once it is reset.
	 * @param scenario the scenario
	 * @return a new extension
	 * @throws IllegalArgumentException when {@code scenario} is {@code null}
	 */
	public TalonSimulatorExtension scenario(TalonSimulatorScenario scenario) {
		if (scenario == null) {
			throw new IllegalArgumentException("scenario must not be null");
		}
		return new TalonSimulatorExtension(this.config, scenario);
	}

	/**
	 * The simulator of the test running (for a {@code static} field: of its class), for tests that hold the extension
	 * in a field.
	 * @return the running simulator
	 * @throws IllegalStateException when no test of this extension has started yet
	 */
	public TalonSimulator simulator() {
		TalonSimulator simulator = this.simulator;
		if (simulator == null) {
			throw new IllegalStateException("The Talon.One simulator is started before the test class (or method) "
					+ "that registers this extension: call simulator() from a test or lifecycle method");
		}
		return simulator;
	}

	/**
	 * What the application sent to the {@link #simulator() simulator}, as the client's models.
	 * @return the requests
	 * @throws IllegalStateException when no test of this extension has started yet
	 */
	public TalonRequests requests() {
		return new TalonRequests(simulator());
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		simulator(context);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		TalonSimulator simulator = simulator(context);
		simulator.reset();
		this.scenario.arrange(simulator);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		Class<?> type = parameterContext.getParameter().getType();
		return type == TalonSimulator.class || type == TalonRequests.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		TalonSimulator simulator = simulator(extensionContext);
		return (parameterContext.getParameter().getType() == TalonSimulator.class) ? simulator
				: new TalonRequests(simulator);
	}

	/**
	 * The simulator of this extension in a context or an enclosing one, started in that context if there is none: in
	 * the class's context from {@link #beforeAll}, in a method's when the extension is an instance field. The store
	 * closes it with its context.
	 */
	private TalonSimulator simulator(ExtensionContext context) {
		TalonSimulator simulator = context.getStore(NAMESPACE)
			.computeIfAbsent(this, (key) -> TalonSimulator.start(this.config), TalonSimulator.class);
		this.simulator = simulator;
		return simulator;
	}

	@Override
	public String toString() {
		return "TalonSimulatorExtension[" + this.config + "]";
	}

}
