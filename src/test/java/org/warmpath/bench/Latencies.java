package org.warmpath.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntUnaryOperator;

/**
 * Latency samples of one query kind, with p50/p99 (nearest rank) and a count of answered
 * queries. A query returns a size (hops, people, candidates...) or -1 when it found
 * nothing; -2 counts as an error.
 */
final class Latencies {

	final String name;

	final long[] nanos;

	final int count;

	final int answered;

	final int errors;

	final double meanSize;

	/**
	 * Latencies of the answered queries only (size >= 0), sorted; null when not recorded.
	 */
	long[] answeredNanos;

	private Latencies(String name, long[] nanos, int answered, int errors, double meanSize) {
		this.name = name;
		this.nanos = nanos;
		this.count = nanos.length;
		this.answered = answered;
		this.errors = errors;
		this.meanSize = meanSize;
		Arrays.sort(this.nanos);
	}

	static Latencies of(String name, long[] nanos, int answered, int errors, double meanSize) {
		return new Latencies(name, nanos.clone(), answered, errors, meanSize);
	}

	/**
	 * Runs {@code query} over {@code 0..count-1} once to warm up (the first
	 * {@code warmup} indices), then once more, timing each call.
	 */
	static Latencies measure(String name, int count, int warmup, IntUnaryOperator query) {
		for (int i = 0; i < Math.min(warmup, count); i++) {
			try {
				query.applyAsInt(i);
			}
			catch (RuntimeException ex) {
				// counted in the timed pass
			}
		}
		long[] all = new long[count];
		long[] ans = new long[count];
		int answered = 0;
		int errors = 0;
		long sizeSum = 0;
		for (int i = 0; i < count; i++) {
			long t = System.nanoTime();
			int r;
			try {
				r = query.applyAsInt(i);
			}
			catch (RuntimeException ex) {
				r = -2;
				if (errors == 0) {
					System.out.println("  first error in " + name + ": " + ex);
				}
			}
			all[i] = System.nanoTime() - t;
			if (r >= 0) {
				ans[answered] = all[i];
				answered++;
				sizeSum += r;
			}
			else if (r == -2) {
				errors++;
			}
		}
		Latencies l = new Latencies(name, all, answered, errors, (answered > 0) ? (double) sizeSum / answered : 0);
		l.answeredNanos = Arrays.copyOf(ans, answered);
		Arrays.sort(l.answeredNanos);
		System.out.println("  " + l);
		return l;
	}

	double p(double q) {
		if (this.count == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(q * this.count) - 1;
		return this.nanos[Math.max(0, Math.min(this.count - 1, rank))] / 1e6;
	}

	/** Percentile over the answered queries only (NaN when none or not recorded). */
	double answeredP(double q) {
		if (this.answeredNanos == null || this.answeredNanos.length == 0) {
			return Double.NaN;
		}
		int n = this.answeredNanos.length;
		int rank = (int) Math.ceil(q * n) - 1;
		return this.answeredNanos[Math.max(0, Math.min(n - 1, rank))] / 1e6;
	}

	double p50() {
		return p(0.50);
	}

	double p99() {
		return p(0.99);
	}

	double max() {
		return (this.count == 0) ? Double.NaN : this.nanos[this.count - 1] / 1e6;
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT,
				"%-46s n=%5d p50 %9.3f ms  p99 %9.3f ms  max %9.3f ms  answered %d  errors %d  mean size %.2f",
				this.name, this.count, p50(), p99(), max(), this.answered, this.errors, this.meanSize);
	}

	static String ms(double ms) {
		if (Double.isNaN(ms)) {
			return "n/a";
		}
		if (ms < 1) {
			return String.format(Locale.ROOT, "%.3f", ms);
		}
		if (ms < 100) {
			return String.format(Locale.ROOT, "%.2f", ms);
		}
		return String.format(Locale.ROOT, "%.0f", ms);
	}

}
