package dev.talon.spring.sample;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.talon.spring.test.AutoConfigureTalonSimulator;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;

/**
 * The whole shop on a random port, each market's Talon.One Application on a simulator of
 * {@link AutoConfigureTalonSimulator} with that market's rules ({@link MarketRules}), and a {@code WebTestClient}
 * that waits 30 s (this may be the first request of the test JVM, on a busy machine). Every test class with this
 * annotation shares one application context, and the simulators are reset before each test. A request that times
 * out prints every thread's stack ({@link ThreadDumpOnTimeout}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTalonSimulator
@Import({ MarketRules.class, ReadBodies.class })
@AutoConfigureWebTestClient(timeout = "PT30S")
@ExtendWith(ThreadDumpOnTimeout.class)
@interface ShopTest {

}
