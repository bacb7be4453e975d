package dev.talon.spring.client;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * Sends the updates of one session one at a time, in the order they were subscribed to, while updates of different
 * sessions proceed in parallel. Talon.One answers 409 to parallel updates of one session; this removes them.
 * <p>
 * With coalescing, while an update of a session is in flight, the updates that arrive for it wait; when it completes,
 * of the waiting updates that follow each other with the same kind (the same operation) and can all be superseded,
 * only the newest is sent, and the callers of the others receive its result. An update is never superseded by one of
 * another kind, whose result its caller could not use, nor by one that
 * {@linkplain #submit(String, Object, Mono, Supplier, boolean) cannot be superseded} (one that changes the session's
 * state): such an update may carry only the new state (today's API builds each update on the previous ones), so the
 * cart changes waiting before it are sent first. It is always sent itself, and updates after it never supersede it.
 * <p>
 * A session's entry exists only while it has an update in flight: memory stays flat however many sessions there are.
 * An update already in flight is never interrupted when its caller cancels (whether Talon.One applied it cannot be
 * known), and the next one starts when it ends. When the caller of a waiting update cancels (or stops waiting because
 * its own deadline passed), the update is removed from the queue, unless it was submitted with a
 * {@linkplain #submit(String, Mono, Supplier, boolean) detached form}: it then stays in its place and, when its turn
 * comes, the detached form is sent in its place, for no caller (it may still be superseded by a newer update when
 * coalescing).
 * <p>
 * Each update runs with the Reactor {@link ContextView context} of its caller's subscription, although it is
 * subscribed to by whichever update ran before it: an observation, a trace or anything else the caller put in the
 * context (or, with automatic context propagation, in thread locals) reaches it.
 *
 * @param <T> the type of the updates' result
 */
final class SessionUpdateSequencer<T> {

	private final boolean coalesce;

	private final ConcurrentHashMap<String, Lane<T>> lanes = new ConcurrentHashMap<>();

	SessionUpdateSequencer(boolean coalesce) {
		this.coalesce = coalesce;
	}

	/**
	 * Queues an update behind the session's earlier ones.
	 * @param sessionId the session
	 * @param update the update, subscribed to when its turn comes
	 * @param detached what to send instead when the update's caller stopped waiting before its turn came, or
	 * {@code null} to drop the update then
	 * @param supersedable whether a newer update may be sent in its place (when coalescing)
	 * @return the update's result, or the result of the newer update that superseded it
	 */
	Mono<T> submit(String sessionId, Mono<T> update, Supplier<Mono<T>> detached, boolean supersedable) {
		return submit(sessionId, null, update, detached, supersedable);
	}

	/**
	 * Queues an update of a kind behind the session's earlier ones.
	 * @param sessionId the session
	 * @param kind what the update is (its operation): only a newer update of the same kind supersedes it
	 * @param update the update, subscribed to when its turn comes
	 * @param detached what to send instead when the update's caller stopped waiting before its turn came, or
	 * {@code null} to drop the update then
	 * @param supersedable whether a newer update of the same kind may be sent in its place (when coalescing)
	 * @return the update's result, or the result of the newer update that superseded it
	 */
	Mono<T> submit(String sessionId, Object kind, Mono<T> update, Supplier<Mono<T>> detached, boolean supersedable) {
		return Mono.create((sink) -> {
			Task<T> task = new Task<>(kind, update, detached, supersedable, sink);
			boolean[] first = new boolean[1];
			this.lanes.compute(sessionId, (key, lane) -> {
				if (lane == null) {
					first[0] = true;
					return new Lane<>(task);
				}
				lane.waiting().addLast(task);
				return lane;
			});
			sink.onCancel(() -> cancel(sessionId, sink));
			if (first[0]) {
				start(sessionId, task);
			}
		});
	}

	/**
	 * How many sessions have an update in flight.
	 * @return the number of sessions
	 */
	int sessionsInFlight() {
		return this.lanes.size();
	}

	/**
	 * Runs the session's updates from the given one on. An update that completes while it is being subscribed to
	 * (synchronously) hands the next one back to this loop instead of starting it recursively, so that a long queue
	 * of such updates cannot overflow the stack.
	 */
	private void start(String sessionId, Task<T> first) {
		Task<T> task = first;
		while (task != null) {
			Turn turn = new Turn(sessionId, task);
			Mono<T> update;
			try {
				update = task.mono();
			}
			catch (RuntimeException ex) {
				update = Mono.error(ex);
			}
			update.subscribe(turn);
			if (turn.compareAndSet(Turn.SUBSCRIBING, Turn.ASYNCHRONOUS)) {
				return;
			}
			task = turn.next;
		}
	}

	/** Completes the callers of a finished update and returns the next update to run, or {@code null}. */
	private Task<T> finish(String sessionId, Task<T> task, T value, Throwable error) {
		List<MonoSink<T>> callers = new ArrayList<>();
		List<Task<T>> next = new ArrayList<>(1);
		this.lanes.compute(sessionId, (key, lane) -> {
			callers.addAll(task.callers);
			task.callers.clear();
			if (lane == null || lane.waiting == null || lane.waiting.isEmpty()) {
				return null;
			}
			lane.running = this.coalesce ? coalesce(lane.waiting) : lane.waiting.pollFirst();
			lane.running.sendDetached = lane.running.callers.isEmpty();
			next.add(lane.running);
			return lane;
		});
		for (MonoSink<T> caller : callers) {
			if (value != null) {
				caller.success(value);
			}
			else if (error != null) {
				caller.error(error);
			}
			else {
				caller.success();
			}
		}
		return next.isEmpty() ? null : next.get(0);
	}

	/**
	 * Takes the next update to send from the queue: of the first updates that can be superseded and are of one kind,
	 * the newest (or else the first update); the callers of the updates before it wait for its result.
	 */
	private static <T> Task<T> coalesce(Deque<Task<T>> waiting) {
		List<Task<T>> superseded = new ArrayList<>();
		Task<T> next = waiting.pollFirst();
		while (next.supersedable && !waiting.isEmpty() && waiting.peekFirst().supersedable
				&& Objects.equals(waiting.peekFirst().kind, next.kind)) {
			superseded.add(next);
			next = waiting.pollFirst();
		}
		for (Task<T> task : superseded) {
			next.callers.addAll(task.callers);
		}
		return next;
	}

	private void cancel(String sessionId, MonoSink<T> caller) {
		this.lanes.computeIfPresent(sessionId, (key, lane) -> {
			lane.running.callers.remove(caller);
			if (lane.waiting != null) {
				// an update without callers is dropped, unless it has a detached form to send for no caller
				lane.waiting.removeIf(
						(task) -> task.callers.remove(caller) && task.callers.isEmpty() && task.detached == null);
			}
			return lane;
		});
	}

	/**
	 * The turn of one update: subscribes to it in its caller's context and, when it ends, completes its callers and
	 * starts the next update. One object instead of {@code materialize()}, {@code contextWrite(..)} and a lambda
	 * subscriber per update; its own state (an {@link AtomicInteger}) says whether the update ended while it was
	 * being subscribed to ({@link #SYNCHRONOUS}: the loop in {@link #start} runs the next one) or later
	 * ({@link #ASYNCHRONOUS}: the turn starts it).
	 */
	@SuppressWarnings("serial")
	private final class Turn extends AtomicInteger implements CoreSubscriber<T> {

		static final int SUBSCRIBING = 0;

		static final int SYNCHRONOUS = 1;

		static final int ASYNCHRONOUS = 2;

		private final String sessionId;

		private final Task<T> task;

		private final Context context;

		// written before the state changes from SUBSCRIBING, read after: the update after this one, or null
		private Task<T> next;

		private boolean ended;

		Turn(String sessionId, Task<T> task) {
			this.sessionId = sessionId;
			this.task = task;
			this.context = Context.of(task.context);
		}

		@Override
		public Context currentContext() {
			return this.context;
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(T value) {
			end(value, null);
		}

		@Override
		public void onError(Throwable error) {
			end(null, error);
		}

		@Override
		public void onComplete() {
			end(null, null);
		}

		private void end(T value, Throwable error) {
			if (this.ended) {
				return;
			}
			this.ended = true;
			Task<T> after = finish(this.sessionId, this.task, value, error);
			this.next = after;
			if (!compareAndSet(SUBSCRIBING, SYNCHRONOUS) && after != null) {
				start(this.sessionId, after);
			}
		}

	}

	private static final class Lane<T> {

		private Task<T> running;

		// most sessions never have a second update waiting: the queue is made when one does
		private Deque<Task<T>> waiting;

		Lane(Task<T> running) {
			this.running = running;
		}

		Deque<Task<T>> waiting() {
			if (this.waiting == null) {
				this.waiting = new ArrayDeque<>(4);
			}
			return this.waiting;
		}

	}

	private static final class Task<T> {

		private final Object kind;

		private final Mono<T> update;

		private final Supplier<Mono<T>> detached;

		private final boolean supersedable;

		private final ContextView context;

		// guarded by the lane's compute(): written in submit(), cancel() and coalesce(), read in finish()
		private final List<MonoSink<T>> callers = new ArrayList<>(1);

		Task(Object kind, Mono<T> update, Supplier<Mono<T>> detached, boolean supersedable, MonoSink<T> caller) {
			this.kind = kind;
			this.update = update;
			this.detached = detached;
			this.supersedable = supersedable;
			this.context = caller.contextView();
			this.callers.add(caller);
		}

		// guarded by the lane's compute(): whether nobody waited for the update when its turn came
		private boolean sendDetached;

		/** What to send now that its turn has come: the update, or its detached form when nobody waits for it. */
		Mono<T> mono() {
			return this.sendDetached ? this.detached.get() : this.update;
		}

	}

}
