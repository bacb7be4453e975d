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
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/**
 * What adding the starter costs a minimal Boot application's startup: one fresh JVM per measurement (run.sh
 * alternates the two variants), timing {@code SpringApplication.run} (environment, logging, context refresh) of an
 * application with nothing but auto-configuration, on the benchmark class path (starter, Actuator). Variant
 * {@code with}: the Talon.One auto-configurations run ({@code talon.base-url} and {@code talon.api-key} set);
 * variant {@code without}: they are excluded ({@code spring.autoconfigure.exclude}). Also measures the heap live with
 * the context open (after a full GC), the classes loaded and Metaspace, and then the same start repeated {@code warm}
 * times in the same JVM (classes already loaded: the pure refresh work), timing the start and the close apart.
 * <p>
 * {@code java -cp benchmarks.jar dev.talon.spring.benchmarks.StartupHarness --variant with|without [--warm 5]
 * [--out file.json]}
 */
public final class StartupHarness {

	private static final String TALON_AUTO_CONFIGURATIONS = "dev.talon.spring.autoconfigure.TalonAutoConfiguration,"
			+ "dev.talon.spring.autoconfigure.metrics.TalonMetricsAutoConfiguration,"
			+ "dev.talon.spring.autoconfigure.health.TalonHealthContributorAutoConfiguration";

	private StartupHarness() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = LoadHarness.options(args);
		String variant = options.getOrDefault("variant", "with");
		if (!variant.equals("with") && !variant.equals("without")) {
			throw new IllegalArgumentException("--variant must be 'with' or 'without'");
		}
		int warm = Integer.parseInt(options.getOrDefault("warm", "5"));
		boolean with = variant.equals("with");

		BufferingApplicationStartup steps = new BufferingApplicationStartup(20_000);
		long start = System.nanoTime();
		ConfigurableApplicationContext context = start(with, steps);
		long coldNanos = System.nanoTime() - start;
		double starterBeansMillis = starterBeansMillis(context, steps);
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
			ConfigurableApplicationContext again = start(with, ApplicationStartup.DEFAULT);
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
	 * connector) and the classes loaded meanwhile; a bean created while creating another is counted once.
	 */
	private static double starterBeansMillis(ConfigurableApplicationContext context, BufferingApplicationStartup steps) {
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
			long id = event.getStartupStep().getId();
			if (!starterSteps.containsKey(id)) {
				continue;
			}
			boolean nested = false;
			for (Long parent = parents.get(id); parent != null && !nested; parent = parents.get(parent)) {
				nested = starterSteps.containsKey(parent);
			}
			if (!nested) {
				millis += event.getDuration().toNanos() / 1e6;
			}
		}
		return millis;
	}

	private static ConfigurableApplicationContext start(boolean withTalon, ApplicationStartup steps) {
		List<String> properties = new ArrayList<>(List.of("logging.level.root=WARN"));
		if (withTalon) {
			properties.add("talon.base-url=http://127.0.0.1:9");
			properties.add("talon.api-key=" + Fixtures.API_KEY);
		}
		else {
			properties.add("spring.autoconfigure.exclude=" + TALON_AUTO_CONFIGURATIONS);
		}
		return new SpringApplicationBuilder(MinimalApplication.class).web(WebApplicationType.NONE)
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

}
