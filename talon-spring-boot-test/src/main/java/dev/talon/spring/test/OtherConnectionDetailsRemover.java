package dev.talon.spring.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.talon.spring.autoconfigure.TalonConnectionDetails;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;

/**
 * Removes the {@link TalonConnectionDetails} beans of the application (such as one that reads a key from a vault) that
 * the auto-configuration would otherwise use for an Application that {@link AutoConfigureTalonSimulator} simulates, so
 * that the Application talks to its simulator, as Spring Boot's {@code @AutoConfigureTestDatabase} replaces a
 * {@code DataSource}: with the single Application of {@code talon.*}, every other bean of that type; with named
 * Applications, those qualified with a simulated Application's name. Beans qualified otherwise (such as the
 * connection of a client the application builds itself) stay. Each removal is logged at {@code INFO}. A
 * {@link BeanFactoryPostProcessor}, so that it runs once the configuration classes have registered their beans, before
 * any bean is created.
 */
final class OtherConnectionDetailsRemover implements BeanFactoryPostProcessor {

	private static final Log logger = LogFactory.getLog(OtherConnectionDetailsRemover.class);

	private final List<String> namedApplications;

	private final Set<String> simulatorBeans;

	/**
	 * A remover for the simulated Applications.
	 * @param namedApplications the names of the simulated Applications, {@code null} for the single one of
	 * {@code talon.*}
	 * @param simulatorBeans the names of the simulators' connection details beans, which stay
	 */
	OtherConnectionDetailsRemover(List<String> namedApplications, Set<String> simulatorBeans) {
		this.namedApplications = (namedApplications != null) ? List.copyOf(namedApplications) : null;
		this.simulatorBeans = Set.copyOf(simulatorBeans);
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		List<String> removed = new ArrayList<>();
		for (String bean : beanFactory.getBeanNamesForType(TalonConnectionDetails.class, true, false)) {
			if (!this.simulatorBeans.contains(bean) && isForASimulatedApplication(bean, beanFactory)
					&& beanFactory instanceof BeanDefinitionRegistry registry && registry.containsBeanDefinition(bean)) {
				registry.removeBeanDefinition(bean);
				removed.add(bean);
			}
		}
		if (!removed.isEmpty()) {
			logger.info("@AutoConfigureTalonSimulator replaced the TalonConnectionDetails beans " + removed
					+ " with the connection details of its simulators");
		}
	}

	private boolean isForASimulatedApplication(String bean, ConfigurableListableBeanFactory beanFactory) {
		return this.namedApplications == null || this.namedApplications.stream()
			.anyMatch((application) -> BeanFactoryAnnotationUtils.isQualifierMatch(application::equals, bean,
					beanFactory));
	}

}
