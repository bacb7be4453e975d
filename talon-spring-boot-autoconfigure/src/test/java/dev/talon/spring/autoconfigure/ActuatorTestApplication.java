package dev.talon.spring.autoconfigure;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * A minimal WebFlux application with Actuator and the starter, for the end-to-end metrics and health tests.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class ActuatorTestApplication {

}
