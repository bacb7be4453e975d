package dev.talon.spring.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadlines that bound each call ({@link CallDeadlines}): when they fire, on which thread, that calls which end
 * in time leave nothing behind, and that the thread ends when no client needs it. Each test has deadlines of its own,
 * with one client registered (as an open client does).
 */
class CallDeadlinesTests {

	private final CallDeadlines deadlines = new CallDeadlines();

	@BeforeEach
	void registerAClient() {
		this.deadlines.retain();
	}

	@AfterEach
	void unregisterTheClient() {
		this.deadlines.release();
	}

	@Test
	void firesNotBeforeItsTimeAndAtMostAboutOneTickLate() {
		for (long millis : new long[] { 1, 30, 120 }) {
			long start = System.nanoTime();
			Long value = this.deadlines.after(TimeUnit.MILLISECONDS.toNanos(millis)).block(Duration.ofSeconds(5));
			long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			assertThat(value).isZero();
			assertThat(elapsed).as("deadline of %d ms", millis)
				.isGreaterThanOrEqualTo(millis)
				// one tick, plus room for a slow CI machine
				.isLessThan(millis + CallDeadlines.TICK_MILLIS + 200);
		}
	}

	@Test
	void aStartableDeadlineCountsFromItsStartWhetherThatComesBeforeOrAfterItsSubscription() throws Exception {
		long nanos = TimeUnit.MILLISECONDS.toNanos(100);
		// subscribed first (the attempt waits for a connection), started 150 ms later (the request is sent)
		CallDeadlines.StartableDeadline late = this.deadlines.afterStart(nanos);
		CompletableFuture<Long> fired = late.toFuture();
		Thread.sleep(150);
		assertThat(fired).isNotDone();
		assertThat(this.deadlines.pending()).isZero();
		long start = System.nanoTime();
		late.start();
		assertThat(this.deadlines.pending()).isOne();
		assertThat(fired.get(5, TimeUnit.SECONDS)).isZero();
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(100)
			.isLessThan(100 + CallDeadlines.TICK_MILLIS + 200);
		// started first (the request was sent while subscribing), subscribed later: it counts from the start
		CallDeadlines.StartableDeadline early = this.deadlines.afterStart(nanos);
		start = System.nanoTime();
		early.start();
		Thread.sleep(50);
		assertThat(this.deadlines.pending()).isZero();
		assertThat(early.block(Duration.ofSeconds(5))).isZero();
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(100)
			.isLessThan(100 + CallDeadlines.TICK_MILLIS + 200);
		assertThat(this.deadlines.pending()).isZero();
	}

	@Test
	void aStartableDeadlineCancelledBeforeItsStartNeverEntersTheSet() {
		CallDeadlines.StartableDeadline deadline = this.deadlines.afterStart(TimeUnit.SECONDS.toNanos(30));
		Object outcome = Mono.just("answer").timeout(deadline).block(Duration.ofSeconds(5));
		assertThat(outcome).isEqualTo("answer");
		deadline.start();
		assertThat(this.deadlines.pending()).isZero();
		// cancelled after its start: it leaves the set
		CallDeadlines.StartableDeadline started = this.deadlines.afterStart(TimeUnit.SECONDS.toNanos(30));
		Object delayed = Mono.delay(Duration.ofMillis(50)).doOnSubscribe((s) -> started.start()).timeout(started)
			.block(Duration.ofSeconds(5));
		assertThat(delayed).isEqualTo(0L);
		assertThat(this.deadlines.pending()).isZero();
	}

	@Test
	void aTimeoutRunsOnReactorsParallelSchedulerNotOnTheDeadlinesThread() {
		AtomicReference<String> thread = new AtomicReference<>();
		Object outcome = Mono.never()
			.timeout(this.deadlines.after(TimeUnit.MILLISECONDS.toNanos(20)))
			.onErrorResume((ex) -> {
				thread.set(Thread.currentThread().getName());
				return Mono.just(ex);
			})
			.block(Duration.ofSeconds(5));
		assertThat(outcome).isInstanceOf(TimeoutException.class);
		assertThat(thread.get()).startsWith("parallel-");
	}

	@Test
	void callsThatEndInTimeLeaveNoDeadlineBehind() {
		Flux.range(0, 10_000)
			.flatMap((i) -> Mono.just(i).timeout(this.deadlines.after(TimeUnit.SECONDS.toNanos(30))), 64)
			.blockLast(Duration.ofSeconds(30));
		Flux.range(0, 1_000)
			.flatMap((i) -> Mono.delay(Duration.ofMillis(i % 5))
				.timeout(this.deadlines.after(TimeUnit.SECONDS.toNanos(30))), 256)
			.blockLast(Duration.ofSeconds(30));
		assertThat(this.deadlines.pending()).isZero();
	}

	@Test
	void deadlinesAddedAndCancelledFromManyThreadsFireOnlyForCallsStillRunning() throws Exception {
		int calls = 2_000;
		List<CompletableFuture<Object>> outcomes = new ArrayList<>();
		for (int i = 0; i < calls; i++) {
			// every other call ends long before its deadline, the others never end
			boolean ends = i % 2 == 1;
			Mono<Object> call = ends ? Mono.delay(Duration.ofMillis(i % 10)).cast(Object.class) : Mono.never();
			long deadline = ends ? TimeUnit.SECONDS.toNanos(20) : TimeUnit.MILLISECONDS.toNanos(1 + (i % 40));
			outcomes.add(call.timeout(this.deadlines.after(deadline))
				.onErrorResume(TimeoutException.class, (ex) -> Mono.just("timed out"))
				.subscribeOn(Schedulers.parallel())
				.toFuture());
		}
		CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
		for (int i = 0; i < calls; i++) {
			assertThat(outcomes.get(i).get()).as("call %d", i).isEqualTo((i % 2 == 0) ? "timed out" : 0L);
		}
		assertThat(this.deadlines.pending()).isZero();
	}

	@Test
	void theThreadParksWhenIdleAndWakesForTheNextDeadline() throws Exception {
		this.deadlines.after(TimeUnit.MILLISECONDS.toNanos(1)).block(Duration.ofSeconds(5));
		Thread ticker = this.deadlines.thread();
		assertThat(ticker.isDaemon()).isTrue();
		long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		// ticking: TIMED_WAITING between ticks; parked after about a second without deadlines: WAITING
		while (ticker.getState() != Thread.State.WAITING && System.nanoTime() < waitUntil) {
			Thread.sleep(50);
		}
		assertThat(ticker.getState()).isEqualTo(Thread.State.WAITING);
		long start = System.nanoTime();
		assertThat(this.deadlines.after(TimeUnit.MILLISECONDS.toNanos(50)).block(Duration.ofSeconds(5))).isZero();
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(50L, 500L);
	}

	@Test
	void theThreadEndsWhenTheLastClientIsClosedAndStartsAgainOnDemand() throws Exception {
		this.deadlines.retain(); // a second client
		this.deadlines.after(TimeUnit.MILLISECONDS.toNanos(1)).block(Duration.ofSeconds(5));
		Thread first = this.deadlines.thread();
		assertThat(first.getName()).isEqualTo(CallDeadlines.THREAD_NAME);
		assertThat(first.getContextClassLoader()).isSameAs(CallDeadlines.class.getClassLoader());
		this.deadlines.release();
		Thread.sleep(100);
		assertThat(first.isAlive()).as("still needed by the other client").isTrue();

		this.deadlines.release(); // the last one
		first.join(5_000);
		assertThat(first.isAlive()).isFalse();
		assertThat(this.deadlines.thread()).isNull();

		// a deadline after that (a client used after close) starts a new thread, which ends once it is idle
		assertThat(this.deadlines.after(TimeUnit.MILLISECONDS.toNanos(30)).block(Duration.ofSeconds(5))).isZero();
		Thread second = this.deadlines.thread();
		if (second != null) {
			second.join(5_000);
			assertThat(second.isAlive()).isFalse();
		}
		assertThat(this.deadlines.thread()).isNull();
		this.deadlines.retain(); // balanced by @AfterEach
	}

	@Test
	void aThreadEndingWhileDeadlinesArriveNeverStrandsOne() throws Exception {
		this.deadlines.release(); // no client: the thread ends whenever it runs out of deadlines
		try {
			for (int round = 0; round < 200; round++) {
				// deadlines arrive just as the previous thread finds itself idle and ends
				assertThat(this.deadlines.after(TimeUnit.MILLISECONDS.toNanos(round % 3))
					.block(Duration.ofSeconds(5))).as("round %d", round).isZero();
			}
		}
		finally {
			this.deadlines.retain();
		}
	}

}
