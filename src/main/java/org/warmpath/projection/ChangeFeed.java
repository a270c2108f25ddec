package org.warmpath.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warmpath.cypher.Cypher;
import org.warmpath.schema.SchemaMigrations;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The log of graph changes through which several app instances share one database, each
 * keeping its own projection current.
 *
 * <p>
 * Why a feed: the projection follows this instance's writes as they happen, but a write
 * made by another instance (or by the command line against a running app's Bolt port)
 * leaves no trace here. Neo4j Community has no change data capture, so every write that
 * changes people or ties appends an entry, in its own transaction, as its last statement
 * ({@link ChangeLog#record}). A counter node numbers the entries; its lock, held until
 * commit, makes them commit in order and without gaps. Each instance reads the entries
 * after the last one it applied every {@code warmpath.projection.poll-interval} (one
 * indexed range read) and applies the other instances' entries the way it applies its own
 * writes: each entry carries its change in full (a person added or changed, a tie added,
 * re-rated or deleted, consent, visibility, with the person's card or the tie's details
 * as the write committed them), which is applied in place, cards and details too; bulk
 * writes, and removed people (unnamed, so an erasure leaves no trace), by a re-read of
 * Neo4j, which the poller waits for. A gap in the sequence means entries were pruned
 * before this instance read them: it rebuilds from scratch.
 *
 * <p>
 * Cost: graph writes serialise on the counter from their last statement to their commit
 * (milliseconds); entries older than {@code warmpath.projection.change-retention} are
 * deleted in bounded batches.
 */
@Service
class ChangeFeed {

	private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);

	private static final int BATCH = 10_000;

	private final Driver driver;

	private final Projection projection;

	private final ProjectionProperties properties;

	private final ApplicationEventPublisher events;

	private final ChangeLog changes;

	/** Whether the last poll could not read the feed (the database unreachable). */
	private boolean failing;

	/** Sequence number of the last entry applied (or skipped as this instance's own). */
	private final AtomicLong applied = new AtomicLong();

	ChangeFeed(Driver driver, Projection projection, ProjectionProperties properties, ApplicationEventPublisher events,
			ChangeLog changes, SchemaMigrations migrated) {
		this.driver = driver;
		this.changes = changes;
		this.projection = projection;
		this.properties = properties;
		this.events = events;
		// entries before now are in whatever the projection first loads
		this.applied.set(Cypher.read(driver, "network/change-latest", Map.of()).get(0).get("seq").asLong());
	}

	/** Sequence number of the last entry this instance has applied; for tests. */
	long applied() {
		return this.applied.get();
	}

	/**
	 * Applies the other instances' entries since the last poll. Runs on the scheduler
	 * every {@code warmpath.projection.poll-interval}; visible for tests.
	 * @return how many entries of other instances it applied
	 */
	@Scheduled(fixedDelayString = "${warmpath.projection.poll-interval:1s}",
			initialDelayString = "${warmpath.projection.poll-interval:1s}")
	public synchronized int poll() {
		if (!this.properties.enabled()) {
			return 0;
		}
		int count = 0;
		List<Record> entries;
		do {
			long after = this.applied.get();
			try {
				entries = Cypher.read(this.driver, "network/changes-since", Map.of("after", after, "limit", BATCH));
			}
			catch (RuntimeException ex) {
				// once per outage, not once a poll
				if (!this.failing) {
					log.warn("Change feed not read ({}); trying again every {}", ex.getMessage(),
							this.properties.pollInterval());
					this.failing = true;
				}
				return count;
			}
			if (this.failing) {
				log.info("Change feed read again");
				this.failing = false;
			}
			boolean rebuild = false;
			boolean peopleChanged = false;
			List<ChangeLog.Change> inPlace = new ArrayList<>();
			long expected = after + 1;
			for (Record r : entries) {
				long seq = r.get("seq").asLong();
				if (seq != expected) {
					log.warn("Change feed entries {}..{} were pruned before this instance read them; rebuilding",
							expected, seq - 1);
					rebuild = true;
					peopleChanged = true;
				}
				expected = seq + 1;
				if (!this.changes.origin().equals(r.get("origin").asString(null))) {
					ChangeLog.Change change = changeOf(r);
					if (change.needsReload()) {
						rebuild = true;
					}
					peopleChanged |= !change.tiesOnly();
					inPlace.add(change);
					count++;
				}
			}
			// tie-only changes elsewhere leave caches of people's attributes valid here
			// too
			String what = peopleChanged ? GraphChanged.ELSEWHERE : GraphChanged.TIES_ELSEWHERE;
			if (rebuild) {
				// a re-read reads the in-place changes of this batch too
				this.events.publishEvent(new GraphChanged(what));
			}
			else if (!inPlace.isEmpty()) {
				this.events.publishEvent(new GraphChanged(what, inPlace));
			}
			if (!entries.isEmpty()) {
				this.applied.set(expected - 1);
			}
		}
		while (entries.size() == BATCH);
		return count;
	}

	/** The change an entry describes, in full. */
	private static ChangeLog.Change changeOf(Record r) {
		Value open = r.get("open");
		Value strength = r.get("strength");
		Value tiesPrivate = r.get("tiesPrivate");
		return new ChangeLog.Change(r.get("kind").asString(""), text(r.get("a")), text(r.get("b")),
				open.isNull() ? null : open.asBoolean(), strength.isNull() ? null : strength.asDouble(),
				tiesPrivate.isNull() ? null : tiesPrivate.asBoolean(),
				ChangeLog.fromJson(text(r.get("card")), PersonCard.class),
				ChangeLog.fromJson(text(r.get("detail")), TieDetail.class));
	}

	private static String text(Value value) {
		return value.isNull() ? null : value.asString();
	}

	/** Deletes entries older than the retention, in bounded batches. */
	@Scheduled(fixedDelayString = "${warmpath.projection.prune-interval:1m}",
			initialDelayString = "${warmpath.projection.prune-interval:1m}")
	void prune() {
		long before = System.currentTimeMillis() - this.properties.changeRetention().toMillis();
		try {
			long deleted;
			do {
				deleted = this.driver.executableQuery(Cypher.query("network/changes-prune"))
					.withParameters(Map.of("before", before, "limit", BATCH))
					.execute()
					.records()
					.get(0)
					.get("deleted")
					.asLong();
			}
			while (deleted == BATCH);
		}
		catch (RuntimeException ex) {
			log.warn("Change feed not pruned ({}); trying again later", ex.getMessage());
		}
	}

}
