package dev.talon.spring.test;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.talon.spring.simulator.TalonSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link TalonSimulatorExtension} in an instance field: each test method gets a simulator of its own, closed after
 * it.
 */
class TalonSimulatorExtensionPerMethodTests {

	private static final List<TalonSimulator> started = new CopyOnWriteArrayList<>();

	@RegisterExtension
	TalonSimulatorExtension talon = new TalonSimulatorExtension();

	@Test
	void oneTest(TalonSimulator simulator) {
		started.add(simulator);
		assertThat(simulator).isSameAs(this.talon.simulator());
	}

	@Test
	void anotherTest(TalonSimulator simulator) {
		started.add(simulator);
	}

	@AfterAll
	static void eachTestHadASimulatorOfItsOwnClosedAfterIt() {
		assertThat(started).hasSize(2).doesNotHaveDuplicates();
		for (TalonSimulator simulator : started) {
			assertThatThrownBy(() -> {
				try (Socket socket = new Socket()) {
					socket.connect(new InetSocketAddress("127.0.0.1", simulator.port()), 2000);
				}
			}).as("closed").isInstanceOf(ConnectException.class);
		}
	}

}
