package dev.talon.spring.test;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

import dev.talon.spring.client.WebClientTalonIntegrationClient;
import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.simulator.TalonSimulatorConfig;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * A {@link TalonSimulator} for a JUnit Jupiter test without Spring, such as one of a client built by hand:
 * <ul>
 * <li>started before the test class ({@code @ExtendWith(TalonSimulatorExtension.class)}, or a {@code static}
 * {@code @RegisterExtension} field) on a free port of 127.0.0.1, or before each test method (an instance field), and
 * closed after it;</li>
 * <li>{@link TalonSimulator#reset() reset} before each test method and arranged with the
 * {@link #scenario(TalonSimulatorScenario) scenario}, so that no test sees what another did;</li>
 * <li>after each test method, until the test's clients are idle: a client keeps working after its caller gives up
 * (an update in flight is not interrupted, one whose connection dropped is retried, session updates queued behind it
 * are still sent), and what it sends after the reset would land in the next test. The extension waits, at most
 * {@value #IDLE_TIMEOUT_SECONDS} s, until the {@link WebClientTalonIntegrationClient}s of the test's fields (instance
 * and {@code static}, of the test class, its superclasses and enclosing classes) and those it was given with
 * {@link #watch(WebClientTalonIntegrationClient)} have no call in flight, having first ended what the simulator
 * holds (latency, failures), so that this is quick; past that time, it logs at {@code WARN} what is still in
 * flight. A client held anywhere else is not known to the extension: give it to {@code watch};</li>
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
 *     TalonIntegrationClient client = talon.watch(WebClientTalonIntegrationClient
 *         .builder(WebClient.builder(), URI.create(talon.simulator().baseUrl()), TalonCredentials.apiKey(talon.simulator().config().apiKey()))
 *         .build());
 *     ...
 * }
 * }</pre>
 * Every test class gets a simulator of its own, also when test classes share one {@code static} extension (such as
 * one declared in their abstract base class), so classes run in parallel safely: {@link #simulator()} and
 * {@link #requests()} answer for the test running in the calling thread. The methods of one class share its
 * simulator, so the extension runs them one at a time even when JUnit runs methods concurrently (each waits in
 * {@code beforeEach} until the one before has ended); an instance field gives each method a simulator of its own,
 * and methods then run in parallel. Two extensions in one class (two Talon.One Applications) are two simulators;
 * inject them from their fields, as parameters would be ambiguous.
 * <p>
 * Not for a Spring test with {@link AutoConfigureTalonSimulator}, whose application talks to the simulators of its
 * context: inject those ({@code @Autowired TalonSimulator}). A test class with both fails with an
 * {@link ExtensionConfigurationException}, rather than arranging faults on a simulator the application never calls.
 */
public class TalonSimulatorExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
		ParameterResolver, InvocationInterceptor {

	/** How long the extension waits after a test, at most, for its clients to be idle. */
	static final int IDLE_TIMEOUT_SECONDS = 30;

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(TalonSimulatorExtension.class);

	private final TalonSimulatorConfig config;

	private final TalonSimulatorScenario scenario;

	/** The simulators of this extension that run, one per test class (or method) that uses it. */
	private final Set<Simulation> running = ConcurrentHashMap.newKeySet();

	/** The simulator of the test or lifecycle method that runs in a thread, while it runs. */
	private final ThreadLocal<Simulation> current = new ThreadLocal<>();

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
	 * The simulator of the test running in the calling thread (for a {@code static} field: of its class), for tests
	 * that hold the extension in a field. From another thread (one the test started), it is the extension's only
	 * running simulator.
	 * @return the running simulator
	 * @throws IllegalStateException when no test of this extension has started yet, or when called from a thread
	 * that runs no test while several test classes use this extension at once (inject {@link TalonSimulator} as a
	 * parameter, or read it in the test's thread)
	 */
	public TalonSimulator simulator() {
		return simulation().simulator;
	}

	/**
	 * What the application sent to the {@link #simulator() simulator}, as the client's models.
	 * @return the requests
	 * @throws IllegalStateException as {@link #simulator()} does
	 */
	public TalonRequests requests() {
		return new TalonRequests(simulator());
	}

	/**
	 * Has the extension wait, after the running test, until a client that the test's fields do not hold (such as one
	 * built in the test method) is idle, before the simulator is reset for the next test: see the class description.
	 * @param <C> the client's type
	 * @param client the client, talking to the {@link #simulator() simulator}
	 * @return the client
	 * @throws IllegalArgumentException when {@code client} is {@code null}
	 * @throws IllegalStateException as {@link #simulator()} does
	 */
	public <C extends WebClientTalonIntegrationClient> C watch(C client) {
		if (client == null) {
			throw new IllegalArgumentException("client must not be null");
		}
		simulation().watched.add(client);
		return client;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		checkNotWithAutoConfigureTalonSimulator(context);
		simulation(context);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		checkNotWithAutoConfigureTalonSimulator(context);
		Simulation simulation = simulation(context);
		simulation.methods.lock();
		try {
			simulation.simulator.reset();
			this.scenario.arrange(simulation.simulator);
		}
		catch (RuntimeException | Error ex) {
			simulation.methods.unlock();
			throw ex;
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Simulation simulation = context.getStore(NAMESPACE).get(this, Simulation.class);
		if (simulation == null) {
			return;
		}
		try {
			Map<String, WebClientTalonIntegrationClient> clients = clientsOf(context);
			for (int i = 0; i < simulation.watched.size(); i++) {
				clients.putIfAbsent("watched client " + (i + 1), simulation.watched.get(i));
			}
			IdleClients.await(List.of(simulation.simulator), clients, Duration.ofSeconds(IDLE_TIMEOUT_SECONDS),
					"after the test " + context.getRequiredTestClass().getName() + "."
							+ context.getRequiredTestMethod().getName());
			simulation.watched.clear();
		}
		finally {
			if (simulation.methods.isHeldByCurrentThread()) {
				simulation.methods.unlock();
			}
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		Class<?> type = parameterContext.getParameter().getType();
		return type == TalonSimulator.class || type == TalonRequests.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		TalonSimulator simulator = simulation(extensionContext).simulator;
		return (parameterContext.getParameter().getType() == TalonSimulator.class) ? simulator
				: new TalonRequests(simulator);
	}

	@Override
	public <T> T interceptTestClassConstructor(Invocation<T> invocation,
			ReflectiveInvocationContext<java.lang.reflect.Constructor<T>> invocationContext,
			ExtensionContext extensionContext) throws Throwable {
		return proceedFor(extensionContext, invocation);
	}

	@Override
	public void interceptBeforeAllMethod(Invocation<Void> invocation,
			ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
		proceedFor(extensionContext, invocation);
	}

	@Override
	public void interceptBeforeEachMethod(Invocation<Void> invocation,
			ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
		proceedFor(extensionContext, invocation);
	}

	@Override
	public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
			ExtensionContext extensionContext) throws Throwable {
		proceedFor(extensionContext, invocation);
	}

	@Override
	public <T> T interceptTestFactoryMethod(Invocation<T> invocation,
			ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
		return proceedFor(extensionContext, invocation);
	}

	@Override
	public void interceptTestTemplateMethod(Invocation<Void> invocation,
			ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
		proceedFor(extensionContext, invocation);
	}

	@Override
	public void interceptDynamicTest(Invocation<Void> invocation, DynamicTestInvocationContext invocationContext,
			ExtensionContext extensionContext) throws Throwable {
		proceedFor(extensionContext, invocation);
	}

	@Override
	public void interceptAfterEachMethod(Invocation<Void> invocation,
			ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
		proceedFor(extensionContext, invocation);
	}

	@Override
	public void interceptAfterAllMethod(Invocation<Void> invocation,
			ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
		proceedFor(extensionContext, invocation);
	}

	/**
	 * Runs a test's or lifecycle method's invocation with the simulator of its context as the calling thread's, for
	 * {@link #simulator()}.
	 */
	private <T> T proceedFor(ExtensionContext context, Invocation<T> invocation) throws Throwable {
		Simulation previous = this.current.get();
		this.current.set(context.getStore(NAMESPACE).get(this, Simulation.class));
		try {
			return invocation.proceed();
		}
		finally {
			if (previous != null) {
				this.current.set(previous);
			}
			else {
				this.current.remove();
			}
		}
	}

	/**
	 * The simulator of the calling thread's test, else the only running one.
	 */
	private Simulation simulation() {
		Simulation simulation = this.current.get();
		if (simulation != null && this.running.contains(simulation)) {
			return simulation;
		}
		List<Simulation> running = List.copyOf(this.running);
		if (running.size() == 1) {
			return running.get(0);
		}
		if (running.isEmpty()) {
			throw new IllegalStateException("The Talon.One simulator is started before the test class (or method) "
					+ "that registers this extension: call simulator() from a test or lifecycle method");
		}
		throw new IllegalStateException("This TalonSimulatorExtension runs " + running.size() + " simulators, one for "
				+ "each test class using it at the same time, and the calling thread runs no test of them: call "
				+ "simulator() (or requests(), watch()) in the thread of a test or lifecycle method, or inject "
				+ "TalonSimulator as a parameter");
	}

	/**
	 * The simulator of this extension in a context or an enclosing one, started in that context if there is none: in
	 * the class's context from {@link #beforeAll}, in a method's when the extension is an instance field. The store
	 * closes it with its context.
	 */
	private Simulation simulation(ExtensionContext context) {
		return context.getStore(NAMESPACE).computeIfAbsent(this, (key) -> new Simulation(this.config, this.running),
				Simulation.class);
	}

	/**
	 * The clients held by the fields of a test: those of its instances (the test class's and, for a nested class,
	 * its enclosing classes'), and the static ones of their classes and superclasses.
	 */
	private static Map<String, WebClientTalonIntegrationClient> clientsOf(ExtensionContext context) {
		Map<String, WebClientTalonIntegrationClient> clients = new LinkedHashMap<>();
		List<Object> instances = context.getTestInstances().map((all) -> all.getAllInstances()).orElse(List.of());
		for (Object instance : instances) {
			addClients(clients, instance.getClass(), instance);
		}
		for (Class<?> type = context.getRequiredTestClass(); type != null; type = type.getEnclosingClass()) {
			addClients(clients, type, null);
		}
		return clients;
	}

	private static void addClients(Map<String, WebClientTalonIntegrationClient> clients, Class<?> type,
			Object instance) {
		List<Field> fields = ReflectionSupport.findFields(type,
				(field) -> Modifier.isStatic(field.getModifiers()) == (instance == null)
						&& (WebClientTalonIntegrationClient.class.isAssignableFrom(field.getType())
								|| field.getType().isAssignableFrom(WebClientTalonIntegrationClient.class)),
				HierarchyTraversalMode.TOP_DOWN);
		for (Field field : fields) {
			ReflectionSupport.tryToReadFieldValue(field, instance).toOptional().ifPresent((value) -> {
				if (value instanceof WebClientTalonIntegrationClient client) {
					clients.putIfAbsent("field " + field.getDeclaringClass().getName() + "." + field.getName(), client);
				}
			});
		}
	}

	private static void checkNotWithAutoConfigureTalonSimulator(ExtensionContext context) {
		Class<?> testClass = context.getRequiredTestClass();
		if (TestContextAnnotationUtils.hasAnnotation(testClass, AutoConfigureTalonSimulator.class)) {
			throw new ExtensionConfigurationException("TalonSimulatorExtension is registered on "
					+ testClass.getName() + ", which is annotated with @AutoConfigureTalonSimulator: the application "
					+ "talks to the simulator of its context, not to the extension's, so faults arranged on the "
					+ "extension's would have no effect. Remove the extension and inject the context's simulator "
					+ "(@Autowired TalonSimulator, @Autowired TalonRequests)");
		}
	}

	@Override
	public String toString() {
		return "TalonSimulatorExtension[" + this.config + "]";
	}

	/**
	 * A running simulator of the extension, kept in the store of the context it runs for (a test class, or a test
	 * method), which closes it with that context; the methods that share it run one at a time.
	 */
	private static final class Simulation implements AutoCloseable {

		final TalonSimulator simulator;

		/** Held by the method using the simulator, from its {@code beforeEach} to its {@code afterEach}. */
		final ReentrantLock methods = new ReentrantLock(true);

		/** The clients given to {@link TalonSimulatorExtension#watch} during the running test. */
		final List<WebClientTalonIntegrationClient> watched = new CopyOnWriteArrayList<>();

		private final Set<Simulation> running;

		Simulation(TalonSimulatorConfig config, Set<Simulation> running) {
			this.simulator = TalonSimulator.start(config);
			this.running = running;
			running.add(this);
		}

		@Override
		public void close() {
			this.running.remove(this);
			this.simulator.close();
		}

	}

}
