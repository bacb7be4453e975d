package dev.talon.spring.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * What adding the starter costs a minimal Boot application's startup: one fresh JVM per measurement (run.sh
 * alternates the variants), timing {@code SpringApplication.run} (environment, logging, context refresh) of an
 * application with nothing but auto-configuration, on the benchmark class path (starter, Actuator). Four variants:
 * <ul>
 * <li>{@code bare}: the Talon.One auto-configurations excluded ({@code spring.autoconfigure.exclude}), nothing else;
 * <li>{@code talon}: the same application with them ({@code talon.base-url} and {@code talon.api-key} set);
 * <li>{@code webclient}: without them, but with a bean that builds a {@code WebClient} from Boot's
 * {@code WebClient.Builder}, as every WebFlux shop's application does anyway;
 * <li>{@code webclient-talon}: that application with the starter.
 * </ul>
 * {@code talon} minus {@code bare} is what the starter costs an application that has no {@code WebClient} yet;
 * {@code webclient-talon} minus {@code webclient} what it costs one that has. Also measures the heap live with the
 * context open (after a full GC), the classes loaded and Metaspace, where the starter's part of the refresh goes
 * (Boot's {@link BufferingApplicationStartup}: each {@code spring.beans.instantiate} step of a bean of the starter or
 * created while creating one, with its duration and the classes loaded meanwhile), and then the same start repeated
 * {@code warm} times in the same JVM (classes already loaded: the pure refresh work), timing the start and the close
 * apart.
 * <p>
 * {@code java -cp benchmarks.jar dev.talon.spring.benchmarks.StartupHarness
 * --variant bare|talon|webclient|webclient-talon [--warm 5] [--out file.json]}
 */
public final class StartupHarness {

	private static final List<String> VARIANTS = List.of("bare", "talon", "webclient", "webclient-talon");

	private static final String TALON_AUTO_CONFIGURATIONS = "dev.talon.spring.autoconfigure.TalonAutoConfiguration,"
			+ "dev.talon.spring.autoconfigure.metrics.TalonMetricsAutoConfiguration,"
			+ "dev.talon.spring.autoconfigure.health.TalonHealthContributorAutoConfiguration";

	private StartupHarness() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = LoadHarness.options(args);
		String variant = options.getOrDefault("variant", "talon");
		if (!VARIANTS.contains(variant)) {
			throw new IllegalArgumentException("--variant must be one of " + VARIANTS);
		}
		int warm = Integer.parseInt(options.getOrDefault("warm", "5"));
		boolean with = variant.endsWith("talon");
		Class<?> application = variant.startsWith("webclient") ? WebClientApplication.class : MinimalApplication.class;

		ClassCountingStartup steps = new ClassCountingStartup(new BufferingApplicationStartup(20_000));
		long classesBefore = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
		long start = System.nanoTime();
		ConfigurableApplicationContext context = start(application, with, steps);
		long coldNanos = System.nanoTime() - start;
		long classesByRun = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - classesBefore;
		List<Map<String, Object>> starterSteps = new ArrayList<>();
		double starterBeansMillis = starterBeansMillis(context, steps.buffering, starterSteps);
		long loadedClasses = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
		if (with != context.containsBean("talonIntegrationClient")) {
			throw new IllegalStateException("variant " + variant + " but talonIntegrationClient present: " + !with);
		}
		long heap = LoadHarness.liveHeap(ManagementFactory.getMemoryMXBean());
		long metaspace = metaspaceUsed();
		int beans = context.getBeanDefinitionCount();
		context.close();

		List<Double> warmMillis = new ArrayList<>();
		List<Double> closeMillis = new ArrayList<>();
		for (int i = 0; i < warm; i++) {
			long t = System.nanoTime();
			ConfigurableApplicationContext again = start(application, with, ApplicationStartup.DEFAULT);
			long started = System.nanoTime();
			again.close();
			warmMillis.add((started - t) / 1e6);
			closeMillis.add((System.nanoTime() - started) / 1e6);
		}
		warmMillis.sort(null);
		closeMillis.sort(null);

		Map<String, Object> result = new LinkedHashMap<>();
		result.put("variant", variant);
		result.put("coldMillis", coldNanos / 1e6);
		result.put("coldStarterBeansMillis", starterBeansMillis);
		result.put("coldStarterBeansClasses", starterSteps.stream()
			.filter((step) -> step.get("depth").equals(0))
			.mapToLong((step) -> (long) step.get("classesLoaded"))
			.sum());
		result.put("starterSteps", starterSteps);
		result.put("classesLoadedByRun", classesByRun);
		result.put("warmMedianMillis", warmMillis.isEmpty() ? Double.NaN : warmMillis.get(warmMillis.size() / 2));
		result.put("warmMillis", warmMillis);
		result.put("warmCloseMedianMillis",
				closeMillis.isEmpty() ? Double.NaN : closeMillis.get(closeMillis.size() / 2));
		result.put("heapLiveBytes", heap);
		result.put("loadedClasses", loadedClasses);
		result.put("metaspaceBytes", metaspace);
		result.put("beanDefinitions", beans);
		String json = JsonMapper.builder().build().writeValueAsString(result);
		LoadHarness.printResult(options, json);
		System.exit(0);
	}

	/**
	 * The time the cold refresh spent creating the starter's beans (those whose class, or whose factory bean's class,
	 * is in {@code dev.talon}), with everything they caused to be created (Boot's {@code WebClient.Builder}, the
	 * connector) and the classes loaded meanwhile; a bean created while creating another is counted once. Adds each of
	 * these steps, and the bean creations nested in them, to {@code details}: bean name, whether it is the starter's,
	 * depth (0 for a bean of the starter that no other of its beans caused), milliseconds and classes loaded during
	 * the step, its nested steps included.
	 */
	private static double starterBeansMillis(ConfigurableApplicationContext context, BufferingApplicationStartup steps,
			List<Map<String, Object>> details) {
		ConfigurableListableBeanFactory beans = context.getBeanFactory();
		Set<String> starterBeans = new HashSet<>();
		for (String name : beans.getBeanDefinitionNames()) {
			BeanDefinition definition = beans.getMergedBeanDefinition(name);
			String type = definition.getBeanClassName();
			if (type == null && definition.getFactoryBeanName() != null) {
				type = beans.getMergedBeanDefinition(definition.getFactoryBeanName()).getBeanClassName();
			}
			if (type != null && (type.startsWith("dev.talon.spring.autoconfigure.") || type.startsWith("dev.talon.spring.client."))) {
				starterBeans.add(name);
			}
		}
		Map<Long, Long> parents = new HashMap<>();
		Map<Long, String> starterSteps = new HashMap<>();
		for (StartupTimeline.TimelineEvent event : steps.getBufferedTimeline().getEvents()) {
			StartupStep step = event.getStartupStep();
			parents.put(step.getId(), step.getParentId());
			if (step.getName().equals("spring.beans.instantiate")) {
				for (StartupStep.Tag tag : step.getTags()) {
					if (tag.getKey().equals("beanName") && starterBeans.contains(tag.getValue())) {
						starterSteps.put(step.getId(), tag.getValue());
					}
				}
			}
		}
		double millis = 0;
		for (StartupTimeline.TimelineEvent event : steps.getBufferedTimeline().getEvents()) {
			StartupStep step = event.getStartupStep();
			long id = step.getId();
			int starterAncestors = 0;
			for (Long parent = parents.get(id); parent != null; parent = parents.get(parent)) {
				if (starterSteps.containsKey(parent)) {
					starterAncestors++;
				}
			}
			boolean own = starterSteps.containsKey(id);
			if (!own && starterAncestors == 0) {
				continue;
			}
			if (own && starterAncestors == 0) {
				millis += event.getDuration().toNanos() / 1e6;
			}
			if (step.getName().equals("spring.beans.instantiate")) {
				Map<String, Object> detail = new LinkedHashMap<>();
				detail.put("bean", tag(step, "beanName"));
				detail.put("starter", own);
				detail.put("depth", own ? starterAncestors : starterAncestors + 1);
				detail.put("millis", event.getDuration().toNanos() / 1e6);
				detail.put("classesLoaded", Long.parseLong(tag(step, ClassCountingStartup.TAG)));
				details.add(detail);
			}
		}
		return millis;
	}

	private static String tag(StartupStep step, String key) {
		for (StartupStep.Tag tag : step.getTags()) {
			if (tag.getKey().equals(key)) {
				return tag.getValue();
			}
		}
		return "0";
	}

	private static ConfigurableApplicationContext start(Class<?> application, boolean withTalon,
			ApplicationStartup steps) {
		List<String> properties = new ArrayList<>(List.of("logging.level.root=WARN"));
		if (withTalon) {
			properties.add("talon.base-url=http://127.0.0.1:9");
			properties.add("talon.api-key=" + Fixtures.API_KEY);
		}
		else {
			properties.add("spring.autoconfigure.exclude=" + TALON_AUTO_CONFIGURATIONS);
		}
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.applicationStartup(steps)
			.properties(properties.toArray(String[]::new))
			.run();
	}

	private static long metaspaceUsed() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getName().equals("Metaspace")) {
				return pool.getUsage().getUsed();
			}
		}
		return -1;
	}

	/** A minimal Boot application: nothing but auto-configuration. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class MinimalApplication {

	}

	/** A minimal Boot application that already uses Boot's {@code WebClient.Builder}, as a WebFlux shop does. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class WebClientApplication {

		@Bean
		WebClient shopWebClient(WebClient.Builder builder) {
			return builder.baseUrl("http://127.0.0.1:9").build();
		}

	}

	/**
	 * An {@link ApplicationStartup} that tags each step, when it ends, with the number of classes the JVM loaded
	 * while it ran ({@value #TAG}), then hands it to Boot's {@link BufferingApplicationStartup}.
	 */
	static final class ClassCountingStartup implements ApplicationStartup {

		static final String TAG = "classesLoaded";

		final BufferingApplicationStartup buffering;

		ClassCountingStartup(BufferingApplicationStartup buffering) {
			this.buffering = buffering;
		}

		@Override
		public StartupStep start(String name) {
			StartupStep step = this.buffering.start(name);
			long before = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
			return new StartupStep() {

				@Override
				public String getName() {
					return step.getName();
				}

				@Override
				public long getId() {
					return step.getId();
				}

				@Override
				public Long getParentId() {
					return step.getParentId();
				}

				@Override
				public StartupStep tag(String key, String value) {
					step.tag(key, value);
					return this;
				}

				@Override
				public StartupStep tag(String key, Supplier<String> value) {
					step.tag(key, value);
					return this;
				}

				@Override
				public Tags getTags() {
					return step.getTags();
				}

				@Override
				public void end() {
					step.tag(TAG,
							Long.toString(ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - before));
					step.end();
				}

			};
		}

	}

}
