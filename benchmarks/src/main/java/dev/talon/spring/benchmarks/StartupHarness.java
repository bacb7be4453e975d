package dev.talon.spring.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

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

		long start = System.nanoTime();
		ConfigurableApplicationContext context = start(with);
		long coldNanos = System.nanoTime() - start;
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
			ConfigurableApplicationContext again = start(with);
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
		result.put("warmMedianMillis", warmMillis.isEmpty() ? Double.NaN : warmMillis.get(warmMillis.size() / 2));
		result.put("warmMillis", warmMillis);
		result.put("warmCloseMedianMillis",
				closeMillis.isEmpty() ? Double.NaN : closeMillis.get(closeMillis.size() / 2));
		result.put("heapLiveBytes", heap);
		result.put("loadedClasses", loadedClasses);
		result.put("metaspaceBytes", metaspace);
		result.put("beanDefinitions", beans);
		String json = JsonMapper.builder().build().writeValueAsString(result);
		System.out.println(json);
		if (options.containsKey("out")) {
			Path out = Path.of(options.get("out"));
			if (out.getParent() != null) {
				Files.createDirectories(out.getParent());
			}
			Files.writeString(out, json);
		}
		System.exit(0);
	}

	private static ConfigurableApplicationContext start(boolean withTalon) {
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
