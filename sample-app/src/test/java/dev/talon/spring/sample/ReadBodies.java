package dev.talon.spring.sample;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;

/**
 * Reads every response body the tests' {@code WebTestClient} gets into heap memory at once and releases Reactor
 * Netty's pooled buffers. {@code WebTestClient} does not release a body that a test does not read (a check of the
 * status only, as many of these tests do: spring-projects/spring-framework#35953), and Netty then reports the buffer
 * as a leak, at {@code ERROR}, in whatever test is running when it is garbage-collected, which fails the tests that
 * check that the shop logs no error.
 */
@TestConfiguration(proxyBeanMethods = false)
class ReadBodies {

	@Bean
	WebTestClientBuilderCustomizer readBodies() {
		return (builder) -> builder.filter(filter());
	}

	/**
	 * The filter, for a {@code WebTestClient} built by hand.
	 * @return a filter that hands on each response with its body in heap memory
	 */
	static ExchangeFilterFunction filter() {
		return (request, next) -> next.exchange(request)
			.flatMap((response) -> DataBufferUtils.join(response.bodyToFlux(DataBuffer.class))
				.map((joined) -> {
					byte[] bytes = new byte[joined.readableByteCount()];
					joined.read(bytes);
					DataBufferUtils.release(joined);
					return bytes;
				})
				.defaultIfEmpty(new byte[0])
				.map((bytes) -> response.mutate()
					.body(Flux.defer(() -> (bytes.length == 0) ? Flux.empty()
							: Mono.just(DefaultDataBufferFactory.sharedInstance.wrap(bytes))))
					.build()));
	}

}
