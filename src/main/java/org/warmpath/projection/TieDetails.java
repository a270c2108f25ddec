package org.warmpath.projection;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tie details by the graph's tie index ({@link KnowsGraph#tieBetween},
 * {@link KnowsGraph#tieOfSlot}), so that path steps and mutual connections are explained
 * without reading Neo4j.
 *
 * <p>
 * One {@code long} per tie: the context as a 24-bit code into a {@link Strings}
 * dictionary, the source as an 8-bit code into another, and {@code since} as 32 bits
 * (days since 1970 for a date, else a dictionary code, so any stored value reads back as
 * Cypher's {@code toString} wrote it). The exact stored strength is kept only for the few
 * ties whose strength the graph's float does not give back at six decimals (every
 * strength the API, imports and the demo write does), so answers keep showing the stored
 * value exactly. The explanation of a strength its people rated themselves
 * ({@link TieExplanation}, packed in a long) is kept likewise in a second, sparse table,
 * only for the ties that have one.
 *
 * <p>
 * Thread-safe for readers: each tie's detail is one long, written and read whole; the
 * table is replaced (volatile) when it grows. Writers ({@link #set}) are serialised.
 */
public final class TieDetails {

	private static final VarHandle DETAIL = MethodHandles.arrayElementVarHandle(long[].class);

	private static final int NO_SINCE = Integer.MIN_VALUE;

	/** Dates further back than this many days are kept as text. */
	private static final int TEXT_SINCE = Integer.MIN_VALUE + (1 << 25);

	private final Strings contexts;

	private final Strings sources;

	private final Strings sinceTexts;

	private final Map<Integer, Double> exactStrengths;

	private final Map<Integer, Long> explanations;

	private volatile long[] details;

	private int size;

	/**
	 * No details yet, with room for {@code capacity} ties.
	 * @param capacity initial capacity; grows on demand
	 */
	public TieDetails(int capacity) {
		this(new Strings(), new Strings(), new Strings(), filled(Math.max(capacity, 16)), new ConcurrentHashMap<>(),
				new ConcurrentHashMap<>());
	}

	private TieDetails(Strings contexts, Strings sources, Strings sinceTexts, long[] details,
			Map<Integer, Double> exactStrengths, Map<Integer, Long> explanations) {
		this.contexts = contexts;
		this.sources = sources;
		this.sinceTexts = sinceTexts;
		this.details = details;
		this.exactStrengths = exactStrengths;
		this.explanations = explanations;
	}

	private static long[] filled(int capacity) {
		long[] d = new long[capacity];
		Arrays.fill(d, empty());
		return d;
	}

	/**
	 * The same details moved to new indices, sharing the dictionaries; for a load, which
	 * reads ties before the graph numbers them.
	 * @param target the new index of each tie here, or -1 to drop it
	 * @param capacity ties in the new table
	 * @return the moved details; this instance is not to be used after
	 */
	synchronized TieDetails permuted(int[] target, int capacity) {
		long[] d = filled(Math.max(capacity, 16));
		Map<Integer, Double> exact = new ConcurrentHashMap<>();
		Map<Integer, Long> explained = new ConcurrentHashMap<>();
		int size = 0;
		for (int i = 0; i < target.length; i++) {
			int t = target[i];
			if (t >= 0) {
				d[t] = this.details[i];
				Double s = this.exactStrengths.get(i);
				if (s != null) {
					exact.put(t, s);
				}
				Long e = this.explanations.get(i);
				if (e != null) {
					explained.put(t, e);
				}
				size = Math.max(size, t + 1);
			}
		}
		TieDetails moved = new TieDetails(this.contexts, this.sources, this.sinceTexts, d, exact, explained);
		moved.size = size;
		return moved;
	}

	/**
	 * Sets the details of tie {@code tie}: at load, and from the in-place write path when
	 * a tie is added (at its new tie index: the table grows) or re-rated or re-described.
	 * Readers see the old detail or the new one.
	 * @param tie the graph's tie index
	 * @param detail the detail; its strength, when not NaN, is kept exactly if the
	 * graph's float does not give it back
	 */
	public synchronized void set(int tie, TieDetail detail) {
		long packed = ((long) this.contexts.code(detail.context()) << 40)
				| ((long) (this.sources.code(detail.source()) & 0xff) << 32) | (since(detail.since()) & 0xffffffffL);
		if (this.sources.size() > 0xff || this.contexts.size() > 0xffffff) {
			throw new IllegalStateException("Too many distinct tie contexts or sources");
		}
		double s = detail.strength();
		if (!Double.isNaN(s) && fromFloat((float) s) != s) {
			this.exactStrengths.put(tie, s);
		}
		else {
			this.exactStrengths.remove(tie);
		}
		if (detail.explanation() != null) {
			this.explanations.put(tie, detail.explanation().pack());
		}
		else {
			this.explanations.remove(tie);
		}
		long[] d = this.details;
		if (tie >= d.length) {
			int from = d.length;
			d = Arrays.copyOf(d, Math.max(tie + 1, from + (from >> 1)));
			Arrays.fill(d, from, d.length, empty());
			d[tie] = packed;
			this.details = d;
		}
		else {
			// atomic and ordered after the dictionaries' codes
			DETAIL.setRelease(d, tie, packed);
		}
		this.size = Math.max(this.size, tie + 1);
	}

	/**
	 * The details of tie {@code tie}.
	 * @param tie the graph's tie index
	 * @param graphStrength the strength the graph holds for it
	 * @return the detail, its strength exact
	 */
	public TieDetail get(int tie, double graphStrength) {
		long[] d = this.details;
		if (tie < 0) {
			return TieDetail.EMPTY;
		}
		Double exact = this.exactStrengths.get(tie);
		double strength = (exact != null) ? exact : fromFloat((float) graphStrength);
		Long explained = this.explanations.get(tie);
		TieExplanation explanation = (explained != null) ? TieExplanation.unpack(explained) : null;
		if (tie >= d.length) {
			return new TieDetail(null, null, null, strength, explanation);
		}
		long p = (long) DETAIL.getAcquire(d, tie);
		return new TieDetail(this.contexts.value((int) (p >>> 40)), since((int) p),
				this.sources.value((int) (p >>> 32) & 0xff), strength, explanation);
	}

	/**
	 * Estimated heap of the details, accounted as {@link KnowsGraph#memoryBytes()} does.
	 * @return bytes
	 */
	public synchronized long memoryBytes() {
		return 48 + 16 + this.details.length * 8L + this.exactStrengths.size() * 64L + this.explanations.size() * 64L
				+ this.contexts.memoryBytes() + this.sources.memoryBytes() + this.sinceTexts.memoryBytes();
	}

	/**
	 * The strength a float gives back at six decimals: the stored value whenever it has
	 * at most six.
	 */
	static double fromFloat(float f) {
		return Math.round(f * 1e6) / 1e6;
	}

	private static long empty() {
		return NO_SINCE & 0xffffffffL;
	}

	private int since(String since) {
		if (since == null) {
			return NO_SINCE;
		}
		long day = isoDay(since);
		if (day > TEXT_SINCE && day < Integer.MAX_VALUE) {
			return (int) day;
		}
		return NO_SINCE + this.sinceTexts.code(since);
	}

	/**
	 * The epoch day of a date written exactly as {@link LocalDate#toString()} writes it
	 * ({@code yyyy-MM-dd}, so it reads back the same), else {@link Long#MIN_VALUE}. By
	 * hand rather than {@code LocalDate.parse} then {@code toString} to compare: that
	 * pair was a tenth of the projection's whole-store read at start-up (a million ties).
	 */
	static long isoDay(String s) {
		if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
			return Long.MIN_VALUE;
		}
		int year = digits(s, 0, 4);
		int month = digits(s, 5, 7);
		int day = digits(s, 8, 10);
		if (year < 0 || month < 1 || month > 12 || day < 1
				|| day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
			return Long.MIN_VALUE;
		}
		return LocalDate.of(year, month, day).toEpochDay();
	}

	private static int digits(String s, int from, int to) {
		int n = 0;
		for (int i = from; i < to; i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			n = n * 10 + (c - '0');
		}
		return n;
	}

	private String since(int packed) {
		if (packed == NO_SINCE) {
			return null;
		}
		if (packed <= TEXT_SINCE) {
			return this.sinceTexts.value(packed - NO_SINCE);
		}
		return LocalDate.ofEpochDay(packed).toString();
	}

}
