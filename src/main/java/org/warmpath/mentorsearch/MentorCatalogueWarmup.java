package org.warmpath.mentorsearch;

import java.util.concurrent.CompletableFuture;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the mentor catalogue at start-up, after the demo network ({@code @Order(10)}), so
 * the first recommendations do not all wait on its load: at 100k people it reads 16,000
 * mentors, and in the load test the first requests queued behind it for tens of seconds
 * (one hit the 30 s transaction timeout) on a busy machine.
 *
 * <p>
 * The load runs in a thread of its own, side by side with the projection's build
 * ({@code @Order(20)}), because the catalogue does not need the projection: at a million
 * people the two ran one after the other for 85 s and then 66 s (docs/benchmarks.md,
 * issue 13). {@link Join} ({@code @Order(30)}) waits for it, so start-up still ends only
 * once both are in memory, and a load that failed fails the start as before.
 */
@Component
@Order(15)
class MentorCatalogueWarmup implements ApplicationRunner {

	private final MentorCatalogue catalogue;

	private volatile CompletableFuture<?> loading = CompletableFuture.completedFuture(null);

	MentorCatalogueWarmup(MentorCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public void run(ApplicationArguments args) {
		CompletableFuture<Object> f = new CompletableFuture<>();
		Thread t = new Thread(() -> {
			try {
				this.catalogue.table();
				f.complete(null);
			}
			catch (Throwable ex) {
				f.completeExceptionally(ex);
			}
		}, "mentor-catalogue-load");
		t.setDaemon(true);
		this.loading = f;
		t.start();
	}

	/** Waits for the load {@link #run} started; rethrows its failure. */
	void await() {
		this.loading.join();
	}

	/** Waits at start-up for the catalogue load, after the projection has been built. */
	@Component
	@Order(30)
	static class Join implements ApplicationRunner {

		private final MentorCatalogueWarmup warmup;

		Join(MentorCatalogueWarmup warmup) {
			this.warmup = warmup;
		}

		@Override
		public void run(ApplicationArguments args) {
			this.warmup.await();
		}

	}

}
