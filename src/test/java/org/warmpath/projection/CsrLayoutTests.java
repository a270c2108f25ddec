package org.warmpath.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The compact base layout (issue 13: 12 bytes per tie in the graph): a 16-bit cost code
 * per directed slot instead of a double cost plus a float strength per tie, and the
 * slot/tie index arithmetic computed rather than stored. Checked on random graphs against
 * a naive map of (lower, higher) pairs, also after removals and re-ratings in place.
 */
class CsrLayoutTests {

	@Test
	void slotAndTieArithmeticAgreesWithANaiveMapOnRandomGraphs() {
		Random rnd = new Random(7);
		for (int round = 0; round < 40; round++) {
			int n = 1 + rnd.nextInt(300);
			int raw = rnd.nextInt(n * 6 + 1);
			boolean fewStrengths = rnd.nextBoolean();
			KnowsGraphBuilder b = KnowsGraph.builder();
			for (int i = 0; i < n; i++) {
				b.addPerson("p" + i, rnd.nextBoolean());
			}
			// naive: (lower, higher) -> strongest float strength, in (lower, higher)
			// order
			TreeMap<Long, Float> naive = new TreeMap<>();
			for (int i = 0; i < raw; i++) {
				int a = rnd.nextInt(n);
				int c = rnd.nextInt(n);
				double s = fewStrengths ? (1 + rnd.nextInt(100)) / 100.0 : 1.0 - rnd.nextDouble();
				b.addTie(a, c, s);
				if (a != c) {
					naive.merge(key(a, c), (float) s, Math::max);
				}
			}
			KnowsGraph g = b.build();
			check(g, naive);
			// removals and re-ratings in place, some re-adding a removed tie
			List<Long> pairs = new ArrayList<>(naive.keySet());
			for (int i = 0; i < pairs.size() / 3; i++) {
				long k = pairs.get(rnd.nextInt(pairs.size()));
				int lo = (int) (k >>> 32);
				int hi = (int) k;
				if (rnd.nextBoolean()) {
					g.removeTie(hi, lo);
					naive.put(k, 0f);
				}
				else {
					double s = fewStrengths ? (1 + rnd.nextInt(100)) / 100.0 : 1.0 - rnd.nextDouble();
					g.putTie(lo, hi, s);
					naive.put(k, (float) s);
				}
			}
			check(g, naive);
		}
	}

	private static void check(KnowsGraph g, TreeMap<Long, Float> naive) {
		assertThat(g.tieCapacity()).isEqualTo(naive.size());
		assertThat(g.tieCount()).isEqualTo((int) naive.values().stream().filter((s) -> s > 0f).count());
		CsrStorage csr = g.csr();
		int tie = 0;
		for (Map.Entry<Long, Float> e : naive.entrySet()) {
			int lo = (int) (e.getKey() >>> 32);
			int hi = (int) (long) e.getKey();
			float s = e.getValue();
			int forward = g.slotOf(lo, hi);
			int reverse = g.slotOf(hi, lo);
			assertThat(forward).isGreaterThanOrEqualTo(g.offsets()[lo]).isLessThan(g.offsets()[lo + 1]);
			assertThat(reverse).isGreaterThanOrEqualTo(g.offsets()[hi]).isLessThan(g.offsets()[hi + 1]);
			assertThat(g.targets()[forward]).isEqualTo(hi);
			assertThat(g.targets()[reverse]).isEqualTo(lo);
			assertThat(csr.slotOfTie(tie)).isEqualTo(forward);
			assertThat(g.tieOfSlot(lo, forward)).isEqualTo(tie);
			assertThat(g.tieOfSlot(hi, reverse)).isEqualTo(tie);
			assertThat(g.edgeOf(forward)).isEqualTo(tie);
			assertThat(g.edgeOf(reverse)).isEqualTo(tie);
			assertThat(g.tieBetween(hi, lo)).isEqualTo(tie);
			assertThat(g.tieEndpoints(tie)).containsExactly(lo, hi);
			assertThat(g.tieStrength(tie)).isEqualTo((double) s);
			assertThat(g.strength(hi, lo)).isEqualTo((double) s);
			assertThat(g.isDead(forward)).isEqualTo(s == 0f);
			assertThat(g.isDead(reverse)).isEqualTo(s == 0f);
			double cost = (s == 0f) ? Double.POSITIVE_INFINITY : -Math.log(s);
			assertThat(g.slotCost(forward)).isEqualTo(cost);
			assertThat(g.slotCost(reverse)).isEqualTo(cost);
			assertThat(g.costBetween(lo, hi)).isEqualTo(cost);
			tie++;
		}
		double[] slotStrengths = g.slotStrengths();
		for (int u = 0; u < g.nodeCount(); u++) {
			for (int slot = g.offsets()[u]; slot < g.offsets()[u + 1]; slot++) {
				int v = g.targets()[slot];
				assertThat(slotStrengths[slot]).isEqualTo((double) naive.get(key(u, v)));
			}
		}
	}

	@Test
	void aBaseTieCostsTwelveBytesInTheGraph() {
		int n = 20_000;
		Random rnd = new Random(3);
		int[] ends = new int[2 * 200_000];
		for (int i = 0; i < ends.length; i++) {
			ends[i] = rnd.nextInt(n);
		}
		long sparse = graph(n, ends, ends.length / 4).memoryBytes();
		KnowsGraph dense = graph(n, ends, ends.length / 2);
		KnowsGraph half = graph(n, ends, ends.length / 4);
		double perTie = (double) (dense.memoryBytes() - sparse) / (dense.tieCapacity() - half.tieCapacity());
		// two int targets and two 16-bit codes; was 28 (two int targets, two double
		// costs and a float strength)
		assertThat(perTie).isCloseTo(12.0, within(0.01));
	}

	private static KnowsGraph graph(int n, int[] ends, int ties) {
		KnowsGraphBuilder b = KnowsGraph.builder();
		for (int i = 0; i < n; i++) {
			b.addPerson("p" + i, true);
		}
		for (int i = 0; i < ties; i++) {
			b.addTie(ends[2 * i], ends[2 * i + 1], (1 + i % 100) / 100.0);
		}
		return b.build();
	}

	@Test
	void strengthsStayExactUpToTheCodeLimitAndComeCloseBeyondIt() {
		int n = 1_000;
		KnowsGraphBuilder b = KnowsGraph.builder();
		for (int i = 0; i < n; i++) {
			b.addPerson("p" + i, true);
		}
		Random rnd = new Random(11);
		// distinct strengths in random order: i / total for i = 1..total
		int total = CostCodes.MAX_CODE + 5_000;
		List<Float> pool = new ArrayList<>();
		for (int i = 1; i <= total; i++) {
			pool.add((float) i / total);
		}
		java.util.Collections.shuffle(pool, rnd);
		List<Float> asked = new ArrayList<>();
		// added in (lower, higher) order, so tie t is the t-th strength asked for
		for (int u = 0; u < n && asked.size() < total; u++) {
			for (int v = u + 1; v < n && asked.size() < total; v += 1 + rnd.nextInt(3)) {
				float s = pool.get(asked.size());
				b.addTie(u, v, s);
				asked.add(s);
			}
		}
		KnowsGraph g = b.build();
		assertThat(g.tieCapacity()).isEqualTo(asked.size());
		assertThat(g.approximatedStrengths()).isPositive();
		assertThat(asked).hasSize(total).doesNotHaveDuplicates();
		int distinct = CostCodes.MAX_CODE;
		double[] held = asked.subList(0, distinct).stream().mapToDouble((f) -> -Math.log(f)).sorted().toArray();
		for (int t = 0; t < g.tieCapacity(); t++) {
			int[] e = g.tieEndpoints(t);
			double s = g.tieStrength(t);
			assertThat(g.costBetween(e[0], e[1])).isEqualTo(-Math.log((float) s));
			assertThat(g.costBetween(e[1], e[0])).isEqualTo(-Math.log((float) s));
			if (t < distinct) {
				assertThat(s).isEqualTo((double) asked.get(t));
			}
			else {
				// the nearest cost held: no dictionary cost is closer to the one asked
				// for
				double want = -Math.log(asked.get(t));
				int i = Arrays.binarySearch(held, want);
				i = (i >= 0) ? i : -i - 1;
				double nearest = Math.min((i < held.length) ? Math.abs(held[i] - want) : Double.MAX_VALUE,
						(i > 0) ? Math.abs(held[i - 1] - want) : Double.MAX_VALUE);
				assertThat(Math.abs(-Math.log((float) s) - want)).isEqualTo(nearest);
				if (asked.get(t) > 0.01f) {
					assertThat(s).isCloseTo(asked.get(t), within(1e-3));
				}
			}
		}
		// compaction starts a fresh dictionary from the live ties
		for (int t = 0; t < 10_000; t++) {
			int[] e = g.tieEndpoints(t);
			g.removeTie(e[0], e[1]);
		}
		assertThat(g.compact(n).approximatedStrengths()).isZero();
	}

	private static long key(int a, int b) {
		return ((long) Math.min(a, b) << 32) | Math.max(a, b);
	}

}
