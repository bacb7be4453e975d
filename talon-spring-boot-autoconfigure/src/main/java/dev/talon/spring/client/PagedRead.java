package dev.talon.spring.client;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import dev.talon.spring.client.model.PageOptions;
import dev.talon.spring.client.model.v2.Page;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;

/**
 * The items of every page of a paged read, read one page at a time as the subscriber asks for items:
 * <ul>
 * <li>a page is asked for only when the subscriber wants an item and every item of the pages before was delivered:
 * a subscriber that asks for as many items as a page has causes one request, however long the read could go on;</li>
 * <li>each page is one call of the operation (its own observation, its own retries); its failure ends the read with
 * that page's {@link TalonException}, after the items of the pages before;</li>
 * <li>the read ends after a page that says no more follow ({@code hasMore: false}), a page that reaches
 * {@code totalResultSize}, or an empty page; an answer that says neither (Talon.One's spec requires one of the two)
 * is followed by another request until a page comes back empty;</li>
 * <li>a subscriber that cancels cancels the page in flight, and no further page is asked for;</li>
 * <li>at most {@code maxPages} pages are read: when the subscriber wants more and more pages follow, the read ends
 * with a {@link TalonPageLimitException}.</li>
 * </ul>
 * The next page starts after the items read so far ({@code skip} plus their number), with the same size and filters.
 *
 * @param <T> the type of the items
 * @param <O> the type of the read's options
 */
final class PagedRead<T, O extends PageOptions<O>> {

	private final TalonOperation operation;

	private final Function<O, Mono<Page<T>>> pages;

	private final O options;

	private final Mono<Page<T>> firstPage;

	private final int maxPages;

	private final FluxSink<T> sink;

	private final AtomicInteger wip = new AtomicInteger();

	private final AtomicReference<Page<T>> arrived = new AtomicReference<>();

	private final AtomicReference<Throwable> failed = new AtomicReference<>();

	// only touched by the thread that holds wip
	private final Deque<T> items = new ArrayDeque<>();

	private long skip;

	private int pagesRequested;

	private boolean fetching;

	private boolean last;

	private volatile Disposable inFlight;

	private PagedRead(TalonOperation operation, O options, Function<O, Mono<Page<T>>> pages, Mono<Page<T>> firstPage,
			int maxPages, FluxSink<T> sink) {
		this.operation = operation;
		this.options = options;
		this.pages = pages;
		this.firstPage = firstPage;
		this.maxPages = maxPages;
		this.sink = sink;
		this.skip = (options.skip() != null) ? options.skip() : 0;
	}

	/**
	 * The items of every page, from the options' page on.
	 * @param operation the paged read
	 * @param options the first page's options: its size, offset and filters
	 * @param pages the call that reads one page; called at once for the first page, so that invalid arguments are
	 * thrown by the caller's method, before any request
	 * @param maxPages the greatest number of pages to read
	 * @return the items
	 */
	static <T, O extends PageOptions<O>> Flux<T> items(TalonOperation operation, O options,
			Function<O, Mono<Page<T>>> pages, int maxPages) {
		Mono<Page<T>> firstPage = pages.apply(options);
		return Flux.create((sink) -> {
			PagedRead<T, O> read = new PagedRead<>(operation, options, pages, firstPage, maxPages, sink);
			sink.onDispose(read::cancel);
			sink.onRequest((requested) -> read.drain());
		});
	}

	private void drain() {
		if (this.wip.getAndIncrement() != 0) {
			return;
		}
		int missed = 1;
		do {
			if (!step()) {
				return; // ended: wip stays taken, nothing runs again
			}
			missed = this.wip.addAndGet(-missed);
		}
		while (missed != 0);
	}

	/**
	 * Delivers what can be delivered, and asks for the next page when the subscriber wants more.
	 * @return whether the read goes on
	 */
	private boolean step() {
		while (true) {
			if (this.sink.isCancelled()) {
				this.items.clear();
				return false;
			}
			Page<T> page = this.arrived.getAndSet(null);
			if (page != null) {
				accept(page);
			}
			Throwable failure = this.failed.getAndSet(null);
			if (failure != null) {
				this.sink.error(failure);
				return false;
			}
			if (!this.items.isEmpty()) {
				if (this.sink.requestedFromDownstream() == 0) {
					return true;
				}
				this.sink.next(this.items.poll());
				continue;
			}
			if (this.fetching) {
				return true;
			}
			if (this.last) {
				this.sink.complete();
				return false;
			}
			if (this.sink.requestedFromDownstream() == 0) {
				return true;
			}
			if (this.pagesRequested == this.maxPages) {
				this.sink.error(new TalonPageLimitException(this.operation, this.maxPages));
				return false;
			}
			fetch();
			return true;
		}
	}

	private void fetch() {
		this.fetching = true;
		Mono<Page<T>> page = (this.pagesRequested++ == 0) ? this.firstPage
				: this.pages.apply(this.options.skip(this.skip));
		this.inFlight = page.defaultIfEmpty(new Page<>(false, null, List.of()))
			.contextWrite(this.sink.contextView())
			.subscribe((answer) -> {
				this.arrived.set(answer);
				drain();
			}, (failure) -> {
				this.failed.set(failure);
				drain();
			});
	}

	private void accept(Page<T> page) {
		this.fetching = false;
		this.items.addAll(page.data());
		this.skip += page.data().size();
		this.last = page.data().isEmpty() || Boolean.FALSE.equals(page.hasMore())
				|| (page.totalResultSize() != null && this.skip >= page.totalResultSize());
	}

	private void cancel() {
		Disposable page = this.inFlight;
		if (page != null) {
			page.dispose();
		}
	}

}
