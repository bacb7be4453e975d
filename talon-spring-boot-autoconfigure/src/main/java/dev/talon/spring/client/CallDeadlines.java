package dev.talon.spring.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.locks.LockSupport;

import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.core.scheduler.Schedulers;

/**
 * The call deadlines of all clients: a {@link #after(long) deadline} is a {@link Mono} for
 * {@link Mono#timeout(org.reactivestreams.Publisher)} that emits when its time has come.
 * <p>
 * {@code Mono.timeout(Duration)} arms a task on {@link Schedulers#parallel()} for every call and cancels it when the
 * call ends; scheduling wakes a timer thread whenever the new task is the earliest, which on a shop's hot path costs
 * more CPU than the rest of the client. Here a deadline only enters a concurrent set and leaves it when the call ends;
 * one daemon thread ({@value #THREAD_NAME}) checks the set every {@value #TICK_MILLIS} ms, so a deadline fires at
 * most one tick late. Expired deadlines are handed to {@link Schedulers#parallel()}, so that what runs after a
 * timeout never delays the other deadlines.
 * <p>
 * The thread runs only while it is needed: clients {@link #retain() retain} the deadlines when they are created and
 * {@link #release() release} them when they are closed. While a client is open the thread parks after a second
 * without deadlines and is woken by the next one; once the last client is closed and no deadline is pending it ends,
 * so that it does not keep the class loader of an undeployed application alive. A deadline added later (by a client
 * that was never registered, or used after it was closed) starts a new thread, which ends again when idle.
 */
final class CallDeadlines {

	static final String THREAD_NAME = "talon-call-deadlines";

	static final long TICK_MILLIS = 10;

	private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS);

	private static final int IDLE_TICKS_BEFORE_PARKING = 100;

	static final CallDeadlines INSTANCE = new CallDeadlines();

	private final Set<Deadline> pending = ConcurrentHashMap.newKeySet();

	private final Object lock = new Object();

	private volatile Thread thread;

	private volatile boolean parking;

	// guarded by lock
	private int clients;

	/** A set of deadlines with a thread of its own: {@link #INSTANCE} for the clients, others for tests. */
	CallDeadlines() {
	}

	/**
	 * A deadline that emits {@code 0} once the given time has passed since it was subscribed to; cancelling it
	 * removes it.
	 * @param nanos the time from subscription on
	 * @return the deadline
	 */
	Mono<Long> after(long nanos) {
		return new DeadlineMono(this, nanos);
	}

	/**
	 * A deadline that starts counting only when it is {@linkplain StartableDeadline#start() started}, whether before
	 * or after it is subscribed to, and then emits {@code 0} once the given time has passed; cancelling it removes it,
	 * and one cancelled before its start never enters the set. For the read timeout of an attempt, which counts from
	 * when its request starts being sent.
	 * @param nanos the time from the start on
	 * @return the deadline, to subscribe to once and to start once
	 */
	StartableDeadline afterStart(long nanos) {
		return new StartableDeadline(this, nanos);
	}

	/**
	 * How many deadlines are waiting: zero when no call runs.
	 * @return the number of deadlines
	 */
	int pending() {
		return this.pending.size();
	}

	/**
	 * Registers a client: the thread may park while it is idle, but does not end.
	 */
	void retain() {
		synchronized (this.lock) {
			this.clients++;
		}
	}

	/**
	 * Unregisters a client: when none is left, the thread ends as soon as no deadline is pending.
	 */
	void release() {
		Thread ticker;
		synchronized (this.lock) {
			this.clients = Math.max(0, this.clients - 1);
			ticker = (this.clients == 0) ? this.thread : null;
		}
		if (ticker != null) {
			LockSupport.unpark(ticker);
		}
	}

	/**
	 * How many clients are registered.
	 * @return the number of clients
	 */
	int clients() {
		synchronized (this.lock) {
			return this.clients;
		}
	}

	/**
	 * The thread that checks the deadlines, if one runs.
	 * @return the thread, or {@code null}
	 */
	Thread thread() {
		return this.thread;
	}

	/** Enters a subscribed deadline into the set, unless it was cancelled meanwhile. */
	private void register(Deadline deadline) {
		if (deadline.state == Deadline.WAITING) {
			add(deadline);
			if (deadline.state != Deadline.WAITING) {
				this.pending.remove(deadline);
			}
		}
	}

	private void add(Deadline deadline) {
		this.pending.add(deadline);
		// add() writes pending, then reads thread; an ending thread writes thread, then reads pending (see run()):
		// one of the two sees the other's write, so a deadline added now is never left without a ticking thread
		Thread ticker = this.thread;
		if (ticker == null) {
			ensureRunning();
		}
		else if (this.parking) {
			LockSupport.unpark(ticker);
		}
	}

	private void ensureRunning() {
		synchronized (this.lock) {
			if (this.thread == null) {
				Thread ticker = new Thread(this::run, THREAD_NAME);
				ticker.setDaemon(true);
				// not the first caller's (such as DevTools' restart class loader), which it would keep alive
				ticker.setContextClassLoader(CallDeadlines.class.getClassLoader());
				this.thread = ticker;
				ticker.start();
			}
		}
	}

	/**
	 * Ends this thread when no client is registered and no deadline is pending.
	 * @return whether the thread is to end
	 */
	private boolean endIfUnused() {
		synchronized (this.lock) {
			if (this.clients > 0 || !this.pending.isEmpty() || this.thread != Thread.currentThread()) {
				return false;
			}
			this.thread = null;
		}
		if (!this.pending.isEmpty()) {
			// a deadline came in between: make sure a thread (this one's successor) takes care of it
			ensureRunning();
		}
		return true;
	}

	private void run() {
		int idleTicks = 0;
		List<Deadline> expired = new ArrayList<>();
		while (true) {
			if (this.pending.isEmpty()) {
				if (endIfUnused()) {
					return;
				}
				if (++idleTicks >= IDLE_TICKS_BEFORE_PARKING) {
					// add() writes pending, then reads parking; this writes parking, then reads pending: one of the
					// two sees the other's write, so a deadline added now is never left without a ticking thread
					this.parking = true;
					if (this.pending.isEmpty()) {
						LockSupport.park(this);
					}
					this.parking = false;
					idleTicks = 0;
				}
			}
			else {
				idleTicks = 0;
				long now = System.nanoTime();
				for (Deadline deadline : this.pending) {
					if (now - deadline.at >= 0 && this.pending.remove(deadline)) {
						expired.add(deadline);
					}
				}
				for (Deadline deadline : expired) {
					fire(deadline);
				}
				expired.clear();
			}
			LockSupport.parkNanos(this, TICK_NANOS);
		}
	}

	/**
	 * Hands an expired deadline to Reactor's parallel scheduler, or expires it here when the scheduler refuses it.
	 * Whatever goes wrong stays with that one call: this thread must keep ticking for all the others.
	 */
	private static void fire(Deadline deadline) {
		try {
			Schedulers.parallel().schedule(deadline::expire);
			return;
		}
		catch (RuntimeException ex) {
			// refused (RejectedExecutionException), or a scheduler hook that throws
		}
		try {
			deadline.expire();
		}
		catch (RuntimeException ex) {
			// thrown by that call's own subscriber
		}
	}

	private static final class DeadlineMono extends Mono<Long> {

		private final CallDeadlines deadlines;

		private final long nanos;

		DeadlineMono(CallDeadlines deadlines, long nanos) {
			this.deadlines = deadlines;
			this.nanos = nanos;
		}

		@Override
		public void subscribe(CoreSubscriber<? super Long> actual) {
			Deadline deadline = new Deadline(this.deadlines, actual, System.nanoTime() + this.nanos);
			actual.onSubscribe(deadline);
			this.deadlines.register(deadline);
		}

	}

	/**
	 * A deadline that counts from its {@link #start()} ({@link CallDeadlines#afterStart(long)}): whichever of the
	 * start and the subscription comes second enters it into the set. One object per deadline, where
	 * {@code Sinks.empty()}, {@code then(..)} and {@code Mono.defer(..)} in front of {@link CallDeadlines#after(long)}
	 * made six.
	 */
	static final class StartableDeadline extends Mono<Long> {

		private static final int STARTED = 1;

		private static final int SUBSCRIBED = 2;

		private static final AtomicIntegerFieldUpdater<StartableDeadline> STATE = AtomicIntegerFieldUpdater
			.newUpdater(StartableDeadline.class, "state");

		private final CallDeadlines deadlines;

		private final long nanos;

		private volatile int state;

		// written before STARTED is set, read after it was seen
		private long startedAt;

		// written before SUBSCRIBED is set, read after it was seen
		private Deadline deadline;

		StartableDeadline(CallDeadlines deadlines, long nanos) {
			this.deadlines = deadlines;
			this.nanos = nanos;
		}

		/**
		 * Starts counting now (once; a second start changes nothing).
		 */
		void start() {
			if ((this.state & STARTED) != 0) {
				return;
			}
			this.startedAt = System.nanoTime();
			if (mark(STARTED) == SUBSCRIBED) {
				enter(this.deadline);
			}
		}

		@Override
		public void subscribe(CoreSubscriber<? super Long> actual) {
			Deadline deadline = new Deadline(this.deadlines, actual, Long.MAX_VALUE);
			this.deadline = deadline;
			actual.onSubscribe(deadline);
			if (mark(SUBSCRIBED) == STARTED) {
				enter(deadline);
			}
		}

		/** Sets a flag and returns the flags set before. */
		private int mark(int flag) {
			while (true) {
				int before = this.state;
				if (STATE.compareAndSet(this, before, before | flag)) {
					return before;
				}
			}
		}

		private void enter(Deadline deadline) {
			deadline.at = this.startedAt + this.nanos;
			this.deadlines.register(deadline);
		}

	}

	/**
	 * One deadline: {@link #WAITING}, then {@link #EXPIRED} (its time came; it emits once requested) or {@link #DONE}
	 * (emitted or cancelled).
	 */
	private static final class Deadline implements Subscription {

		static final int WAITING = 0;

		static final int EXPIRED = 1;

		static final int DONE = 2;

		private final CallDeadlines deadlines;

		private final CoreSubscriber<? super Long> actual;

		// set before the deadline enters the set, which publishes it to the thread that checks the set
		private long at;

		private static final AtomicIntegerFieldUpdater<Deadline> STATE = AtomicIntegerFieldUpdater
			.newUpdater(Deadline.class, "state");

		// WAITING, EXPIRED or DONE (a field, not an AtomicInteger: one object less per deadline)
		private volatile int state;

		private volatile boolean requested;

		Deadline(CallDeadlines deadlines, CoreSubscriber<? super Long> actual, long at) {
			this.deadlines = deadlines;
			this.actual = actual;
			this.at = at;
		}

		@Override
		public void request(long n) {
			if (Operators.validate(n)) {
				this.requested = true;
				if (STATE.compareAndSet(this, EXPIRED, DONE)) {
					emit();
				}
			}
		}

		@Override
		public void cancel() {
			if (STATE.getAndSet(this, DONE) != DONE) {
				this.deadlines.pending.remove(this);
			}
		}

		void expire() {
			if (STATE.compareAndSet(this, WAITING, EXPIRED) && this.requested
					&& STATE.compareAndSet(this, EXPIRED, DONE)) {
				emit();
			}
		}

		private void emit() {
			this.actual.onNext(0L);
			this.actual.onComplete();
		}

	}

}
