package org.warmpath.ingest.demo;

/**
 * The generator's source of randomness: SplitMix64 (Steele, Lea and Flood, 2014).
 * <p>
 * Written out here rather than borrowed from {@link java.util.SplittableRandom} so that
 * the demo network for a given seed stays byte-identical across JDK versions: the
 * algorithm and every derived draw ({@link #nextInt(int)}, {@link #nextDouble()}, ...)
 * are fixed by this class alone. Not thread-safe; one instance per generation phase.
 */
final class SplitMix64 {

	private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

	private long state;

	SplitMix64(long seed) {
		this.state = seed;
	}

	/**
	 * An independent stream for one phase of generation, so that tuning one phase does
	 * not reshuffle the others.
	 * @param seed the user's seed
	 * @param phase a small constant naming the phase
	 * @return the stream
	 */
	static SplitMix64 forPhase(long seed, int phase) {
		return new SplitMix64(mix(seed ^ mix(GOLDEN_GAMMA * (phase + 1L))));
	}

	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	long nextLong() {
		this.state += GOLDEN_GAMMA;
		return mix(this.state);
	}

	/** Uniform in {@code [0, bound)}; {@code bound} must be positive. */
	int nextInt(int bound) {
		return (int) (((nextLong() >>> 32) * bound) >>> 32);
	}

	/** Uniform in {@code [lo, hi]} (both inclusive). */
	int between(int lo, int hi) {
		return lo + nextInt(hi - lo + 1);
	}

	/** Uniform in {@code [0, 1)}. */
	double nextDouble() {
		return (nextLong() >>> 11) * 0x1.0p-53;
	}

	boolean chance(double p) {
		return nextDouble() < p;
	}

	/** Standard normal draw (Box-Muller, one value per call). */
	double nextGaussian() {
		double u = 1.0 - nextDouble();
		double v = nextDouble();
		return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
	}

	/** Poisson draw (Knuth's method: O(mean) time; meant for means below ~100). */
	int poisson(double mean) {
		double limit = Math.exp(-mean);
		double product = nextDouble();
		int k = 0;
		while (product > limit) {
			product *= nextDouble();
			k++;
		}
		return k;
	}

	/**
	 * Index drawn with probability proportional to its weight.
	 * @param cumulative running totals of the weights (last element is the total)
	 * @return the index
	 */
	int weighted(double[] cumulative) {
		double u = nextDouble() * cumulative[cumulative.length - 1];
		for (int i = 0; i < cumulative.length - 1; i++) {
			if (u < cumulative[i]) {
				return i;
			}
		}
		return cumulative.length - 1;
	}

	static double[] cumulative(double... weights) {
		double[] result = new double[weights.length];
		double total = 0;
		for (int i = 0; i < weights.length; i++) {
			total += weights[i];
			result[i] = total;
		}
		return result;
	}

}
