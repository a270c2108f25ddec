package org.warmpath.outcomes;

import java.util.Map;
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
 * and how many asks are waiting for them now.
 *
 * <p>
 * The estimate is the posterior mean of a Beta(2, 2) prior on the chance of acceptance:
 * {@code (accepted + 2) / (accepted + declined + expired + 4)}. A newcomer is 0.5,
 * neither punished for having no history nor trusted blindly; four answers weigh as much
 * as the prior, so one decline moves a newcomer to 0.4, not to 0. An expiry counts as a
 * no: an introducer who never answers is as unlikely to pass a request on as one who
 * declines. Withdrawals and completions are not answers (a completion follows an
 * acceptance already counted). Declines and expiries are evidence about the introducer's
 * availability, not about the tie: they never change a tie's strength.
 *
 * <p>
 * Loaded from Neo4j once at start-up (one aggregate query over the introductions, one row
 * per introducer), then kept from the {@link IntroductionChanged} events. Thread-safe:
 * each introducer's counts are an immutable {@link Answers} replaced atomically; reads by
 * person id are a map lookup. {@link #version()} changes with every change, so a reader
 * that copies the estimates into an array per graph (the path kernels) knows when to copy
 * again. Not kept: the time to answer (a request's events carry no timestamps).
 */
@Component
@Order(25)
public class Responsiveness implements ApplicationRunner {

	/** The estimate of someone never asked: the prior mean. */
	public static final double PRIOR = 0.5;

	/** Most introducers read at start-up. */
	static final int MAX_LOADED = 5_000_000;

	private final Driver driver;

	private final int quota;

	private final Map<String, Answers> answers = new ConcurrentHashMap<>();

	private final AtomicLong version = new AtomicLong();

	private volatile boolean loaded;

	Responsiveness(Driver driver, @Value("${warmpath.introductions.max-pending-per-introducer:3}") int quota) {
		this.driver = driver;
		this.quota = quota;
	}

	@Override
	public void run(ApplicationArguments args) {
		load();
	}

	/**
	 * Reads every introducer's counts from Neo4j, replacing what is held; once, at
	 * start-up (an event that commits while this reads may be counted twice until the
	 * next start).
	 */
	synchronized void load() {
		Map<String, Answers> fresh = new ConcurrentHashMap<>();
		for (Record r : Cypher.read(this.driver, "outcomes/responsiveness", Map.of("limit", MAX_LOADED))) {
			fresh.put(r.get("introducer").asString(), new Answers(r.get("accepted").asInt(), r.get("declined").asInt(),
					r.get("expired").asInt(), r.get("pending").asInt()));
		}
		this.answers.clear();
		this.answers.putAll(fresh);
		this.loaded = true;
		this.version.incrementAndGet();
	}

	/**
	 * Learns from a committed change: an answer (or expiry) counts for the introducer who
	 * was asked, and the asks waiting for each introducer follow the requests.
	 * @param change what changed
	 */
	@EventListener
	public void on(IntroductionChanged change) {
		if (change.introducer() == null) {
			return;
		}
		boolean wasWaiting = "REQUESTED".equals(change.previous());
		boolean waits = "REQUESTED".equals(change.status());
		if (wasWaiting == waits && !change.answered()) {
			return;
		}
		this.answers.compute(change.introducer(), (id, a) -> {
			Answers x = (a != null) ? a : Answers.NONE;
			int pending = Math.max(0, x.pendingAsks() + (waits ? 1 : 0) - (wasWaiting ? 1 : 0));
			int accepted = x.accepted();
			int declined = x.declined();
			int expired = x.expired();
			if (change.answered()) {
				switch (change.status()) {
					case "ACCEPTED" -> accepted++;
					case "DECLINED" -> declined++;
					default -> expired++;
				}
			}
			return new Answers(accepted, declined, expired, pending);
		});
		this.version.incrementAndGet();
	}

	/**
	 * An introducer's counts; {@link Answers#NONE} for someone never asked.
	 * @param personId the introducer
	 * @return their answers and pending asks
	 */
	public Answers of(String personId) {
		Answers a = this.answers.get(personId);
		return (a != null) ? a : Answers.NONE;
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
		this.answers.forEach(each);
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
	 * One introducer's record.
	 *
	 * @param accepted requests they accepted
	 * @param declined requests they declined
	 * @param expired requests that expired waiting for them
	 * @param pendingAsks requests waiting for their answer now
	 */
	public record Answers(int accepted, int declined, int expired, int pendingAsks) {

		/** Someone never asked. */
		public static final Answers NONE = new Answers(0, 0, 0, 0);

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
