package org.warmpath.web;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The run queue of {@link RunQueueFilter}: never more than its permits at once, a freed
 * permit to the most urgent class first, first come first served within a class, and a
 * less urgent request passed over for no longer than the aging time.
 */
class RunQueueTests {

	@Test
	void aFreedPermitGoesToTheMostUrgentWaiterThenInArrivalOrder() throws Exception {
		RunQueue queue = new RunQueue(1, 3, TimeUnit.SECONDS.toNanos(60));
		int lane = queue.enter(RunQueueFilter.READ);
		List<String> order = new CopyOnWriteArrayList<>();
		Thread heavy = waiter(queue, RunQueueFilter.HEAVY, "heavy", order);
		awaitWaiting(queue, 1);
		Thread read1 = waiter(queue, RunQueueFilter.READ, "read 1", order);
		awaitWaiting(queue, 2);
		Thread read2 = waiter(queue, RunQueueFilter.READ, "read 2", order);
		awaitWaiting(queue, 3);
		Thread write = waiter(queue, RunQueueFilter.WRITE, "write", order);
		awaitWaiting(queue, 4);
		assertThat(order).isEmpty();
		queue.leave(RunQueueFilter.READ, lane);
		for (Thread t : List.of(heavy, read1, read2, write)) {
			t.join(10_000);
		}
		assertThat(order).containsExactly("write", "read 1", "read 2", "heavy");
		assertThat(queue.running()).isZero();
		assertThat(queue.waiting()).isZero();
	}

	@Test
	void aLessUrgentRequestIsPassedOverForNoLongerThanTheAgingTime() throws Exception {
		RunQueue queue = new RunQueue(1, 3, TimeUnit.MILLISECONDS.toNanos(20));
		int lane = queue.enter(RunQueueFilter.READ);
		List<String> order = new CopyOnWriteArrayList<>();
		Thread heavy = waiter(queue, RunQueueFilter.HEAVY, "heavy", order);
		awaitWaiting(queue, 1);
		Thread.sleep(60);
		Thread write = waiter(queue, RunQueueFilter.WRITE, "write", order);
		awaitWaiting(queue, 2);
		queue.leave(RunQueueFilter.READ, lane);
		heavy.join(10_000);
		write.join(10_000);
		assertThat(order).containsExactly("heavy", "write");
	}

	@Test
	void slowRequestsNeverHoldEveryPermitSoACheapOneStillGetsIn() throws Exception {
		RunQueue queue = new RunQueue(3, 3, TimeUnit.SECONDS.toNanos(60));
		int h1 = queue.enter(RunQueueFilter.HEAVY);
		int h2 = queue.enter(RunQueueFilter.HEAVY);
		List<String> order = new CopyOnWriteArrayList<>();
		Thread third = waiter(queue, RunQueueFilter.HEAVY, "third heavy", order);
		awaitWaiting(queue, 1);
		assertThat(queue.running()).as("a permit is free, kept for the cheap ones").isEqualTo(2);
		int read = queue.enter(RunQueueFilter.READ);
		assertThat(queue.running()).isEqualTo(3);
		assertThat(order).isEmpty();
		queue.leave(RunQueueFilter.READ, read);
		assertThat(queue.running()).as("the read's permit does not go to a third heavy one").isEqualTo(2);
		assertThat(order).isEmpty();
		queue.leave(RunQueueFilter.HEAVY, h1);
		third.join(10_000);
		assertThat(order).containsExactly("third heavy");
		queue.leave(RunQueueFilter.HEAVY, h2);
		assertThat(queue.running()).isZero();
		assertThat(queue.waiting()).isZero();
	}

	@Test
	void aPermitIsTakenAtOnceWhileOneIsFreeAndNobodyWaits() {
		RunQueue queue = new RunQueue(2, 3, 0);
		int a = queue.enter(RunQueueFilter.HEAVY);
		int b = queue.enter(RunQueueFilter.WRITE);
		assertThat(queue.running()).isEqualTo(2);
		assertThat(queue.waiting()).isZero();
		assertThat(List.of(a, b)).containsExactlyInAnyOrder(0, 1);
		queue.leave(RunQueueFilter.HEAVY, a);
		queue.leave(RunQueueFilter.WRITE, b);
		assertThat(queue.running()).isZero();
	}

	@Test
	void neverMoreHoldersThanPermitsNorTwoInOneLane() throws Exception {
		int permits = 3;
		RunQueue queue = new RunQueue(permits, 3, TimeUnit.MILLISECONDS.toNanos(1));
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		java.util.Set<Integer> lanesHeld = java.util.concurrent.ConcurrentHashMap.newKeySet();
		java.util.concurrent.atomic.AtomicBoolean laneShared = new java.util.concurrent.atomic.AtomicBoolean();
		int threads = 16;
		int rounds = 300;
		CountDownLatch finished = new CountDownLatch(threads);
		for (int t = 0; t < threads; t++) {
			int priority = t % 3;
			Thread thread = new Thread(() -> {
				for (int i = 0; i < rounds; i++) {
					int lane = queue.enter(priority);
					try {
						most.accumulateAndGet(inside.incrementAndGet(), Math::max);
						if (!lanesHeld.add(lane)) {
							laneShared.set(true);
						}
						Thread.onSpinWait();
						lanesHeld.remove(lane);
						inside.decrementAndGet();
						done.incrementAndGet();
					}
					finally {
						queue.leave(priority, lane);
					}
				}
				finished.countDown();
			});
			thread.start();
		}
		assertThat(finished.await(60, TimeUnit.SECONDS)).isTrue();
		assertThat(done.get()).isEqualTo(threads * rounds);
		assertThat(most.get()).isBetween(1, permits);
		assertThat(laneShared).as("two holders in one lane at once").isFalse();
		assertThat(queue.running()).isZero();
		assertThat(queue.waiting()).isZero();
	}

	@Test
	void requestsAreClassedByMethodAndPath() {
		assertThat(RunQueueFilter.priority("PUT", "/api/people/a/connections/b", null)).isEqualTo(RunQueueFilter.WRITE);
		assertThat(RunQueueFilter.priority("POST", "/api/introductions", null)).isEqualTo(RunQueueFilter.WRITE);
		assertThat(RunQueueFilter.priority("DELETE", "/api/me/connections/b", null)).isEqualTo(RunQueueFilter.WRITE);
		assertThat(RunQueueFilter.priority("GET", "/api/paths", null)).isEqualTo(RunQueueFilter.READ);
		assertThat(RunQueueFilter.priority("GET", "/api/paths", "from=a&to=b&k=3")).isEqualTo(RunQueueFilter.READ);
		assertThat(RunQueueFilter.priority("GET", "/api/paths", "from=a&to=b&engine=cypher"))
			.isEqualTo(RunQueueFilter.HEAVY);
		assertThat(RunQueueFilter.priority("GET", "/api/paths", "engine=jgrapht&from=a&to=b"))
			.isEqualTo(RunQueueFilter.HEAVY);
		assertThat(RunQueueFilter.priority("GET", "/api/people/a/mutuals/b", null)).isEqualTo(RunQueueFilter.READ);
		assertThat(RunQueueFilter.priority("GET", "/api/people/a", null)).isEqualTo(RunQueueFilter.READ);
		assertThat(RunQueueFilter.priority("GET", "/api/mentors/recommendations", null))
			.isEqualTo(RunQueueFilter.HEAVY);
		assertThat(RunQueueFilter.priority("GET", "/api/analytics/brokers", null)).isEqualTo(RunQueueFilter.HEAVY);
		assertThat(RunQueueFilter.priority("GET", "/api/people", null)).isEqualTo(RunQueueFilter.HEAVY);
		assertThat(RunQueueFilter.priority("GET", "/api/people/a/network", null)).isEqualTo(RunQueueFilter.HEAVY);
		assertThat(RunQueueFilter.priority("POST", "/api/import/people", null)).isEqualTo(RunQueueFilter.NONE);
		assertThat(RunQueueFilter.priority("POST", "/api/me/import/linkedin", null)).isEqualTo(RunQueueFilter.NONE);
		assertThat(RunQueueFilter.priority("GET", "/api/export", null)).isEqualTo(RunQueueFilter.NONE);
		assertThat(RunQueueFilter.priority("GET", "/api/me/export", null)).isEqualTo(RunQueueFilter.NONE);
		assertThat(RunQueueFilter.priority("GET", "/actuator/health", null)).isEqualTo(RunQueueFilter.NONE);
		assertThat(RunQueueFilter.priority("GET", "/index.html", null)).isEqualTo(RunQueueFilter.NONE);
	}

	@Test
	void byDefaultOneMoreThanTheCoresComputeWithTheEmbeddedDatabaseAndEightPerCoreWithAServer() {
		int cores = Runtime.getRuntime().availableProcessors();
		RunQueueProperties automatic = new RunQueueProperties(0, Duration.ofSeconds(2));
		assertThat(automatic.permits(true)).isEqualTo(cores + 1);
		assertThat(automatic.permits(false)).isEqualTo(8 * cores);
		assertThat(new RunQueueProperties(5, Duration.ofSeconds(2)).permits(true)).isEqualTo(5);
		assertThatThrownBy(() -> new RunQueueProperties(-1, Duration.ofSeconds(2)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("warmpath.http.running");
		assertThatThrownBy(() -> new RunQueueProperties(0, Duration.ofSeconds(-1)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("warmpath.http.aging");
	}

	private static Thread waiter(RunQueue queue, int priority, String name, List<String> order) {
		Thread t = new Thread(() -> {
			int lane = queue.enter(priority);
			order.add(name);
			queue.leave(priority, lane);
		}, name);
		t.start();
		return t;
	}

	private static void awaitWaiting(RunQueue queue, int n) throws InterruptedException {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (queue.waiting() < n) {
			assertThat(System.nanoTime()).as("%d waiting", n).isLessThan(until);
			Thread.sleep(1);
		}
	}

}
