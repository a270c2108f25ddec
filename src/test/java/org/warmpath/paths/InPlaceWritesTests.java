package org.warmpath.paths;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.KnowsGraphBuilder;
import org.warmpath.projection.ProjectionDigest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes applied to a {@link KnowsGraph} in place (issue 13): a tie in the overlay is
 * found by every kernel and view, a re-rated tie changes the warmest path, a new person
 * in a spare slot is reachable, compaction keeps answers and indices, and readers racing
 * writers do not fail.
 */
class InPlaceWritesTests {

	private static final SearchLimits LIMITS = SearchLimits.of(6, Duration.ofSeconds(10));

	/** a - b - c, and d alone: everyone open. */
	private static KnowsGraph chain() {
		KnowsGraphBuilder b = KnowsGraph.builder();
		for (String id : List.of("a", "b", "c", "d")) {
			b.addPerson(id, true);
		}
		return b.addTie("a", "b", 0.9).addTie("b", "c", 0.9).build();
	}

	@Test
	void aTieInTheOverlayIsFoundByEveryKernelAndView() {
		KnowsGraph g = chain();
		int a = g.indexOf("a");
		int b = g.indexOf("b");
		int c = g.indexOf("c");
		int d = g.indexOf("d");
		PathFinder finder = PathFinder.of(g);
		assertThat(finder.warmest(a, d, LIMITS)).isEmpty();
		long version = g.version();

		g.putTie(c, d, 0.5);

		assertThat(g.version()).isGreaterThan(version);
		assertThat(g.overlayTieCount()).isEqualTo(1);
		assertThat(g.tieCount()).isEqualTo(3);
		assertThat(g.neighbours(d)).containsExactly(c);
		assertThat(g.neighbours(c)).containsExactly(b, d);
		assertThat(g.commonNeighbours(b, d)).containsExactly(c);
		assertThat(g.commonNeighbourTies(b, d)).singleElement()
			.satisfies((x) -> assertThat(x.strengthToB()).isEqualTo(0.5, org.assertj.core.api.Assertions.within(1e-6)));
		assertThat(g.strength(d, c)).isEqualTo(0.5, org.assertj.core.api.Assertions.within(1e-6));
		int tie = g.tieBetween(c, d);
		assertThat(tie).isEqualTo(g.tieBetween(d, c)).isGreaterThanOrEqualTo(g.tieCapacity());
		assertThat(g.tieEndpoints(tie)).containsExactly(c, d);
		List<Integer> seen = new ArrayList<>();
		g.forEachNeighbour(d, (w, s, t) -> seen.add(w));
		assertThat(seen).containsExactly(c);
		assertThat(g.isCompact()).isFalse();

		for (PathMode mode : PathMode.values()) {
			Optional<GraphPath> p = (mode == PathMode.WARMEST) ? finder.warmest(a, d, LIMITS)
					: finder.fewest(a, d, LIMITS);
			assertThat(p).as(mode.name()).hasValueSatisfying((path) -> {
				assertThat(path.nodes()).containsExactly(a, b, c, d);
				assertThat(path.edges()[2]).isEqualTo(tie);
				assertThat(path.cost()).isEqualTo(-2 * Math.log(0.9f) - Math.log(0.5f),
						org.assertj.core.api.Assertions.within(1e-9));
			});
			assertThat(finder.paths(mode, d, a, 3, LIMITS)).hasSize(1);
		}
		assertThat(finder.warmestCosts(a, new int[] { d }, LIMITS)[0]).isFinite();
		assertThat(finder.warmestFrom(d, LIMITS).nodes()).contains(a, b, c);
		assertThat(finder.reachByHops(d, LIMITS)[0]).containsExactly(c);

		assertThat(g.removeTie(d, c)).isTrue();
		assertThat(g.removeTie(d, c)).isFalse();
		assertThat(g.tieCount()).isEqualTo(2);
		assertThat(g.neighbours(d)).isEmpty();
		assertThat(finder.warmest(a, d, LIMITS)).isEmpty();
		g.putTie(c, d, 0.7);
		assertThat(g.tieBetween(c, d)).as("the same tie comes back").isEqualTo(tie);
		assertThat(finder.warmest(a, d, LIMITS)).isPresent();
	}

	@Test
	void aReRatedTieChangesTheWarmestPath() {
		KnowsGraphBuilder builder = KnowsGraph.builder();
		for (String id : List.of("s", "b", "c", "t", "e")) {
			builder.addPerson(id, true);
		}
		KnowsGraph g = builder.addTie("s", "b", 0.9)
			.addTie("b", "t", 0.9)
			.addTie("s", "c", 0.5)
			.addTie("c", "t", 0.5)
			.build();
		int s = g.indexOf("s");
		int b = g.indexOf("b");
		int c = g.indexOf("c");
		int t = g.indexOf("t");
		int e = g.indexOf("e");
		PathFinder finder = PathFinder.of(g);
		assertThat(finder.warmest(s, t, LIMITS).orElseThrow().nodes()).containsExactly(s, b, t);

		g.putTie(b, s, 0.1);

		assertThat(g.strength(s, b)).isEqualTo(0.1, org.assertj.core.api.Assertions.within(1e-6));
		assertThat(g.tieCount()).isEqualTo(4);
		assertThat(g.isCompact()).as("a re-rate is in the base").isTrue();
		assertThat(finder.warmest(s, t, LIMITS).orElseThrow().nodes()).containsExactly(s, c, t);

		// an overlay tie re-rated too: s - e - t warmer than both
		g.putTie(s, e, 0.2);
		g.putTie(e, t, 0.95);
		assertThat(finder.warmest(s, t, LIMITS).orElseThrow().nodes()).containsExactly(s, c, t);
		g.putTie(e, s, 0.99);
		assertThat(finder.warmest(s, t, LIMITS).orElseThrow().nodes()).containsExactly(s, e, t);
		assertThat(g.tieCount()).isEqualTo(6);
	}

	@Test
	void aNewPersonTakesASpareSlotAndIsReachableAtOnce() {
		KnowsGraph g = chain();
		int a = g.indexOf("a");
		int c = g.indexOf("c");
		PathFinder finder = PathFinder.of(g);
		assertThat(g.indexOf("newcomer")).isEqualTo(-1);

		int x = g.putPerson("newcomer", true, false);

		assertThat(x).isEqualTo(4);
		assertThat(g.indexOf("newcomer")).isEqualTo(x);
		assertThat(g.id(x)).isEqualTo("newcomer");
		assertThat(g.nodeCount()).isEqualTo(5);
		assertThat(g.putPerson("newcomer", false, true)).as("idempotent: updates the flags").isEqualTo(x);
		assertThat(g.isOpen(x)).isFalse();
		assertThat(g.tiesPrivate(x)).isTrue();
		g.putTie(x, c, 0.8);
		assertThat(finder.warmest(a, x, LIMITS).orElseThrow().nodes()).containsExactly(a, g.indexOf("b"), c, x);

		// fill the spare slots: compaction grows the arrays, indices stay
		while (!g.isFull()) {
			g.putPerson("filler-" + g.nodeCount(), true, false);
		}
		KnowsGraph bigger = g.compact(g.capacity() * 2);
		assertThat(bigger.isFull()).isFalse();
		assertThat(bigger.indexOf("newcomer")).isEqualTo(x);
		assertThat(bigger.putPerson("late", true, false)).isEqualTo(g.nodeCount());
	}

	@Test
	void compactionKeepsAnswersIndicesAndTheDigest() {
		Random rnd = new Random(7);
		int n = 300;
		KnowsGraphBuilder builder = KnowsGraph.builder();
		for (int i = 0; i < n; i++) {
			builder.addPerson("p" + i, rnd.nextDouble() < 0.85, rnd.nextDouble() < 0.1);
		}
		for (int i = 0; i < 900; i++) {
			builder.addTie(rnd.nextInt(n), rnd.nextInt(n), 0.05 + 0.95 * rnd.nextDouble());
		}
		KnowsGraph g = builder.build();
		// writes of every kind, in place
		for (int i = 0; i < 40; i++) {
			g.putPerson("new" + i, rnd.nextBoolean(), false);
		}
		int people = g.nodeCount();
		for (int i = 0; i < 600; i++) {
			int a = rnd.nextInt(people);
			int b = rnd.nextInt(people);
			switch (rnd.nextInt(4)) {
				case 0 -> g.removeTie(a, b);
				default -> g.putTie(a, b, 0.05 + 0.95 * rnd.nextDouble());
			}
		}
		g.removePerson(3);
		g.setOpen(5, false);
		assertThat(g.overlayTieCount()).isPositive();

		KnowsGraph compact = g.compact(g.capacity());

		assertThat(compact.overlayTieCount()).isZero();
		assertThat(compact.nodeCount()).isEqualTo(g.nodeCount());
		assertThat(compact.tieCount()).isEqualTo(liveTiesBetweenLivePeople(g));
		for (int v = 0; v < g.nodeCount(); v++) {
			// a removed person keeps the slot but not the id (an erasure leaves no trace)
			assertThat(compact.indexOf(g.id(v))).isEqualTo(g.isRemoved(v) ? -1 : v);
			assertThat(compact.status()[v]).isEqualTo(g.status()[v]);
			assertThat(compact.tiesPrivate(v)).isEqualTo(g.tiesPrivate(v));
			if (!g.isRemoved(v)) {
				assertThat(compact.neighbours(v)).isEqualTo(g.neighbours(v));
			}
		}
		assertThat(ProjectionDigest.of(compact)).isEqualTo(ProjectionDigest.of(g));
		PathFinder before = PathFinder.of(g);
		PathFinder after = PathFinder.of(compact);
		for (int i = 0; i < 300; i++) {
			int s = rnd.nextInt(people);
			int t = rnd.nextInt(people);
			for (PathMode mode : PathMode.values()) {
				List<GraphPath> x = before.paths(mode, s, t, 3, LIMITS);
				List<GraphPath> y = after.paths(mode, s, t, 3, LIMITS);
				assertThat(y).hasSameSizeAs(x);
				for (int k = 0; k < x.size(); k++) {
					assertThat(y.get(k).cost()).isEqualTo(x.get(k).cost(),
							org.assertj.core.api.Assertions.within(1e-9));
					assertThat(y.get(k).hops()).isEqualTo(x.get(k).hops());
				}
			}
			assertThat(after.warmestCosts(s, new int[] { t }, LIMITS)[0])
				.isEqualTo(before.warmestCosts(s, new int[] { t }, LIMITS)[0]);
		}
	}

	private static int liveTiesBetweenLivePeople(KnowsGraph g) {
		int[] count = new int[1];
		for (int v = 0; v < g.nodeCount(); v++) {
			if (!g.isRemoved(v)) {
				int from = v;
				g.forEachNeighbour(v, (w, s, t) -> count[0] += (w > from) ? 1 : 0);
			}
		}
		return count[0];
	}

	@Test
	void readersRacingWritersDoNotFail() throws Exception {
		Random rnd = new Random(11);
		int n = 2000;
		KnowsGraphBuilder builder = KnowsGraph.builder();
		for (int i = 0; i < n; i++) {
			builder.addPerson("p" + i, true);
		}
		for (int i = 0; i < 6000; i++) {
			builder.addTie(rnd.nextInt(n), rnd.nextInt(n), 0.1 + 0.9 * rnd.nextDouble());
		}
		KnowsGraph g = builder.build();
		PathFinder finder = PathFinder.of(g);
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			List<Future<Integer>> readers = new ArrayList<>();
			for (int r = 0; r < 2; r++) {
				int seed = r;
				readers.add(pool.submit(() -> {
					Random q = new Random(seed);
					int searches = 0;
					while (!stop.get()) {
						int size = g.nodeCount();
						int s = q.nextInt(size);
						int t = q.nextInt(size);
						finder.paths(PathMode.values()[q.nextInt(2)], s, t, 2, LIMITS);
						finder.warmestCosts(s, new int[] { t }, SearchLimits.of(3, Duration.ofSeconds(10)));
						g.commonNeighbours(s, t);
						g.neighbours(s);
						searches++;
					}
					return searches;
				}));
			}
			Future<?> writer = pool.submit(() -> {
				Random w = new Random(3);
				for (int i = 0; i < 20_000; i++) {
					int size = g.nodeCount();
					int a = w.nextInt(size);
					int b = w.nextInt(size);
					switch (w.nextInt(5)) {
						case 0 -> g.removeTie(a, b);
						case 1 -> {
							if (!g.isFull()) {
								g.putPerson("w" + i, true, false);
							}
						}
						case 2 -> g.setOpen(a, w.nextBoolean());
						default -> g.putTie(a, b, 0.1 + 0.9 * w.nextDouble());
					}
				}
				return null;
			});
			writer.get(60, TimeUnit.SECONDS);
			stop.set(true);
			for (Future<Integer> r : readers) {
				assertThat(r.get(60, TimeUnit.SECONDS)).isPositive();
			}
		}
		finally {
			stop.set(true);
			pool.shutdownNow();
		}
		assertThat(ProjectionDigest.of(g.compact(g.capacity()))).isEqualTo(ProjectionDigest.of(g));
	}

}
