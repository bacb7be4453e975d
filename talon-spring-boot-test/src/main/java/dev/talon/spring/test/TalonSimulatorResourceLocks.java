package dev.talon.spring.test;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;

import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The JUnit resource lock of a test class annotated with {@link AutoConfigureTalonSimulator}: the configuration of its
 * application context (what Spring's context cache keys the context on), so that when JUnit runs test classes in
 * parallel, the classes that share a context, and so its simulators, run one after the other (and each one's methods
 * one at a time), while classes of different contexts run in parallel. Two different configurations may share a lock
 * (their hashes are equal); they then run one after the other, which is safe.
 */
class TalonSimulatorResourceLocks implements ResourceLocksProvider {

	/** The prefix of the locks' keys. */
	static final String KEY_PREFIX = "dev.talon.spring.test.TalonSimulator:";

	@Override
	public Set<Lock> provideForClass(Class<?> testClass) {
		return lockOf(testClass);
	}

	@Override
	public Set<Lock> provideForNestedClass(List<Class<?>> enclosingInstanceTypes, Class<?> testClass) {
		return lockOf(testClass);
	}

	static Set<Lock> lockOf(Class<?> testClass) {
		MergedContextConfiguration configuration;
		try {
			configuration = BootstrapUtils.resolveTestContextBootstrapper(testClass)
				.buildMergedContextConfiguration();
		}
		catch (RuntimeException ex) {
			// A configuration Spring cannot read: no lock, and the test fails when Spring reads it and says why.
			return Set.of();
		}
		return Set.of(new Lock(KEY_PREFIX + Integer.toHexString(configuration.hashCode()),
				ResourceAccessMode.READ_WRITE));
	}

}
