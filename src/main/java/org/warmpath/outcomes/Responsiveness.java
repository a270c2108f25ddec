package org.warmpath.outcomes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.warmpath.cypher.Cypher;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * How likely each introducer is to pass an introduction on, learned from their answers,
 * how long they usually take to answer, and how many asks are waiting for them now.
 *
 * <p>
 * The estimate is the posterior mean of a Beta(2, 2) prior on the chance of acceptance:
 * {@code (accepted + 2) / (accepted + declined + expired + 4)}. A newcomer is 0.5,
 * neither punished for having no history nor trusted blindly; four answers weigh as much
 * as the prior, so one decline moves a newcomer to 0.4, not to 0. An expiry counts as a
 * no: an introducer who never answers is as unlikely to pass a request on as one who
 * declines. Withdrawals and completions are not answers (a completion follows an
 * acceptance already counted). Declines and expiries are evidence about the introducer's
 * availability, not about the tie: they never change a tie's strength. Everyone on a
 * blind request's route who accepted counts as an acceptance; a route that broke after
 * someone accepted is not their decline.
 *
 * <p>
 * Time to answer: per introducer, the hours of their last {@value #KEPT_ANSWER_TIMES}
 * answers (accepted or declined: from when they were asked to their answer; an expiry
 * counts as the whole {@code warmpath.introductions.expire-after}), oldest first, so the
 * median follows how they answer lately in 128 bytes each.
 *
 * <p>
 * Loaded from Neo4j once at start-up (one aggregate query over the introductions, one row
 * per introducer), then kept from the {@link IntroductionChanged} events. Idempotent per
 * introduction: the asks waiting are the set of introduction ids waiting for each
 * introducer, and an answer counts only for an introduction waiting for that introducer,
 * so an event the load already counted (it committed before the load read) changes
 * nothing; events that arrive while the load reads are held and applied after it. Not
 * covered: a new request's own event delivered only after its answer's (or after a load
 * that saw it answered), which would leave it counted as waiting until the next start.
 * Thread-safe: changes are applied one at a time, and each introducer's record is
 * immutable, replaced atomically; reads by person id are a map lookup. {@link #version()}
 * changes with every change, so a reader that copies the estimates into an array per
 * graph (the path kernels) knows when to copy again.
 */
@Component
@Order(25)
public class Responsiveness implements ApplicationRunner {

	/** The estimate of someone never asked: the prior mean. */
	public static final double PRIOR = 0.5;

	/** How many of an introducer's latest answer times are kept, for the median. */
	public static final int KEPT_ANSWER_TIMES = 32;

	/** Most introducers read at start-up. */
	static final int MAX_LOADED = 5_000_000;

	private final Driver driver;

	private final int quota;

	private final double expireHours;

	private final Map<String, Introducer> introducers = new ConcurrentHashMap<>();

	private final AtomicLong version = new AtomicLong();

	/** Guards applying changes and {@link #held}. */
	private final Object changes = new Object();

	/** Changes that arrived while the load reads; null when no load runs. */
	private List<IntroductionChanged> held;

	private volatile boolean loaded;

	Responsiveness(Driver driver, @Value("${warmpath.introductions.max-pending-per-introducer:3}") int quota,
			@Value("${warmpath.introductions.expire-after:14d}") Duration expireAfter) {
		this.driver = driver;
		this.quota = quota;
		this.expireHours = expireAfter.toMillis() / 3_600_000.0;
	}

	@Override
	public void run(ApplicationArguments args) {
		load();
	}

	/**
	 * Reads every introducer's record from Neo4j, replacing what is held; once, at
	 * start-up. Changes published while it reads are held and applied after it: one that
	 * the read already saw changes nothing (see the class comment).
	 */
	synchronized void load() {
		synchronized (this.changes) {
			this.held = new ArrayList<>();
		}
		Map<String, Introducer> fresh = null;
		try {
			fresh = read();
		}
		finally {
			synchronized (this.changes) {
				List<IntroductionChanged> arrived = this.held;
				this.held = null;
				if (fresh != null) {
					this.introducers.clear();
					this.introducers.putAll(fresh);
					this.loaded = true;
				}
				for (IntroductionChanged change : arrived) {
					apply(change);
				}
				this.version.incrementAndGet();
			}
		}
	}

	private Map<String, Introducer> read() {
		Map<String, Introducer> fresh = new HashMap<>();
		for (Record r : Cypher.read(this.driver, "outcomes/responsiveness",
				Map.of("limit", MAX_LOADED, "expireHours", this.expireHours))) {
			List<Double> hours = r.get("hours").asList(v -> v.asDouble());
			float[] ring = new float[hours.size()];
			for (int i = 0; i < ring.length; i++) {
				ring[i] = hours.get(i).floatValue();
			}
			fresh.put(r.get("introducer").asString(),
					Introducer.of(r.get("accepted").asInt(), r.get("declined").asInt(), r.get("expired").asInt(),
							Set.copyOf(r.get("pending").asList(v -> v.asString())), ring));
		}
		return fresh;
	}

	/**
	 * Learns from a committed change: an answer (or expiry) counts for the introducer who
	 * was asked, with how long it took, and the asks waiting for each introducer follow
	 * the requests.
	 * @param change what changed
	 */
	@EventListener
	public void on(IntroductionChanged change) {
		if (change.introducer() == null) {
			return;
		}
		synchronized (this.changes) {
			if (this.held != null) {
				this.held.add(change);
				return;
			}
			if (apply(change)) {
				this.version.incrementAndGet();
			}
		}
	}

	/** Applies one change; whether anything changed. Called holding {@link #changes}. */
	private boolean apply(IntroductionChanged change) {
		boolean wasWaiting = "REQUESTED".equals(change.previous());
		boolean waits = "REQUESTED".equals(change.status());
		if (wasWaiting == waits) {
			return false;
		}
		Introducer x = this.introducers.getOrDefault(change.introducer(), Introducer.NONE);
		Introducer after;
		if (waits) {
			after = x.asked(change.id());
		}
		else if (!x.pending().contains(change.id())) {
			// not waiting for them: the load counted it already
			return false;
		}
		else if (change.answered()) {
			after = x.answered(change.id(), change.status(), hoursToAnswer(change));
		}
		else {
			after = x.withdrawn(change.id());
		}
		if (after == x) {
			return false;
		}
		this.introducers.put(change.introducer(), after);
		return true;
	}

	/** How long an answer took, in hours, or NaN when its times are not known. */
	private double hoursToAnswer(IntroductionChanged change) {
		if ("EXPIRED".equals(change.status())) {
			return this.expireHours;
		}
		if (change.askedAt() == null || change.at() == null) {
			return Double.NaN;
		}
		return Math.max(0, Duration.between(change.askedAt(), change.at()).toMillis() / 3_600_000.0);
	}

	/**
	 * An introducer's counts; {@link Answers#NONE} for someone never asked.
	 * @param personId the introducer
	 * @return their answers, the median time they took and their pending asks
	 */
	public Answers of(String personId) {
		Introducer a = this.introducers.get(personId);
		return (a != null) ? a.answers() : Answers.NONE;
	}

	/**
	 * The estimated chance that {@code personId} passes an introduction on.
	 * @param personId the introducer
	 * @return in (0, 1), {@value #PRIOR} for someone never asked
	 */
	public double estimate(String personId) {
		return of(personId).estimate();
	}

	/**
	 * Whether {@code personId} has as many asks waiting as the quota allows: a route
	 * through them would end in a refusal to take the request.
	 * @param personId the introducer
	 * @return true at or over the quota
	 */
	public boolean atQuota(String personId) {
		return of(personId).pendingAsks() >= this.quota;
	}

	/**
	 * Why a route finder left an introducer at their quota out, in the words every answer
	 * uses ("3 asks waiting").
	 * @param pendingAsks how many asks wait for them
	 * @return the reason
	 */
	public static String waitingReason(int pendingAsks) {
		return pendingAsks + ((pendingAsks == 1) ? " ask waiting" : " asks waiting");
	}

	/**
	 * Most asks one introducer may have waiting
	 * ({@code warmpath.introductions.max-pending-per-introducer}).
	 */
	public int quota() {
		return this.quota;
	}

	/**
	 * Every introducer with a history or a pending ask (everyone else is at the prior
	 * with nothing waiting).
	 * @param each receives each introducer's id and counts
	 */
	public void forEach(BiConsumer<String, Answers> each) {
		this.introducers.forEach((id, a) -> each.accept(id, a.answers()));
	}

	/** Changes whenever any introducer's counts change. */
	public long version() {
		return this.version.get();
	}

	/** Whether the start-up load has run. */
	public boolean loaded() {
		return this.loaded;
	}

	/**
	 * One introducer's record as kept: immutable, replaced on each change.
	 *
	 * @param pending the introductions waiting for their answer
	 * @param hours the hours their latest answers took, oldest first, at most
	 * {@value #KEPT_ANSWER_TIMES}
	 * @param answers what is read of it
	 */
	private record Introducer(int accepted, int declined, int expired, Set<String> pending, float[] hours,
			Answers answers) {

		static final Introducer NONE = of(0, 0, 0, Set.of(), new float[0]);

		static Introducer of(int accepted, int declined, int expired, Set<String> pending, float[] hours) {
			return new Introducer(accepted, declined, expired, pending, hours,
					new Answers(accepted, declined, expired, pending.size(), median(hours)));
		}

		Introducer asked(String id) {
			if (this.pending.contains(id)) {
				return this;
			}
			Set<String> more = new HashSet<>(this.pending);
			more.add(id);
			return of(this.accepted, this.declined, this.expired, Set.copyOf(more), this.hours);
		}

		Introducer withdrawn(String id) {
			Set<String> fewer = new HashSet<>(this.pending);
			fewer.remove(id);
			return of(this.accepted, this.declined, this.expired, Set.copyOf(fewer), this.hours);
		}

		Introducer answered(String id, String status, double hours) {
			float[] ring = this.hours;
			if (!Double.isNaN(hours)) {
				int keep = Math.min(ring.length, KEPT_ANSWER_TIMES - 1);
				ring = Arrays.copyOfRange(ring, ring.length - keep, ring.length + 1);
				ring[keep] = (float) hours;
			}
			Introducer w = withdrawn(id);
			return switch (status) {
				case "ACCEPTED" -> of(this.accepted + 1, this.declined, this.expired, w.pending, ring);
				case "DECLINED" -> of(this.accepted, this.declined + 1, this.expired, w.pending, ring);
				default -> of(this.accepted, this.declined, this.expired + 1, w.pending, ring);
			};
		}

		/** The median of the hours, rounded to a tenth; null when there are none. */
		static Double median(float[] hours) {
			if (hours.length == 0) {
				return null;
			}
			float[] sorted = hours.clone();
			Arrays.sort(sorted);
			int mid = sorted.length / 2;
			double m = (sorted.length % 2 == 1) ? sorted[mid] : (sorted[mid - 1] + (double) sorted[mid]) / 2;
			return Math.round(m * 10) / 10.0;
		}

	}

	/**
	 * One introducer's record.
	 *
	 * @param accepted requests they accepted
	 * @param declined requests they declined
	 * @param expired requests that expired waiting for them
	 * @param pendingAsks requests waiting for their answer now
	 * @param medianHoursToAnswer the median hours their latest answers took (an expiry
	 * counting as the whole expiry time), to a tenth; null when they never answered
	 */
	public record Answers(int accepted, int declined, int expired, int pendingAsks, Double medianHoursToAnswer) {

		/** Someone never asked. */
		public static final Answers NONE = new Answers(0, 0, 0, 0);

		/**
		 * A record with no answer times.
		 * @param accepted requests they accepted
		 * @param declined requests they declined
		 * @param expired requests that expired waiting for them
		 * @param pendingAsks requests waiting for their answer now
		 */
		public Answers(int accepted, int declined, int expired, int pendingAsks) {
			this(accepted, declined, expired, pendingAsks, null);
		}

		/** Answers given or missed: accepted + declined + expired. */
		public int asked() {
			return this.accepted + this.declined + this.expired;
		}

		/**
		 * The posterior mean of Beta(2, 2) on acceptance: (accepted + 2) / (asked + 4).
		 */
		public double estimate() {
			return (this.accepted + 2.0) / (asked() + 4.0);
		}

	}

}
