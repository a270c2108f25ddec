package org.warmpath.mentorsearch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warmpath.cypher.Cypher;
import org.warmpath.projection.GraphChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Everyone open to mentoring, with what fit is scored on, held in memory so a ranking
 * scores thousands of candidates without a database round trip per candidate.
 *
 * <p>
 * Why: reading 16,000 candidates with their specialty, region and skills from Neo4j took
 * about 750 ms per recommendation at 100k people; scoring them from memory takes about a
 * millisecond. The catalogue is reloaded on the next recommendation after a write that
 * may change people's attributes (people, mentoring or LinkedIn imports, profile edits,
 * deletions, erasure), and not after writes that change ties only: it holds no tie, and
 * under the load test's 3% tie writes (a projection rebuild every second or so) reloading
 * it after every rebuild, under a lock every recommendation waited on, made
 * recommendations take 30 s at 64 clients. Counts of active mentees may be stale (they
 * change without a graph event); whether a mentor may appear at all (open to mentoring,
 * capacity left) is checked live for the few returned.
 */
@Component
class MentorCatalogue {

	private static final Logger log = LoggerFactory.getLogger(MentorCatalogue.class);

	private final Driver driver;

	private volatile Snapshot current;

	/** Writes seen that may change a mentor's attributes. */
	private final AtomicLong changes = new AtomicLong();

	MentorCatalogue(Driver driver) {
		this.driver = driver;
	}

	@EventListener
	void graphChanged(GraphChanged event) {
		if (!event.tiesOnly()) {
			this.changes.incrementAndGet();
		}
	}

	/** The catalogue, reloaded first when stale. */
	List<Mentor> mentors() {
		long version = this.changes.get();
		Snapshot s = this.current;
		if (s == null || s.version() != version) {
			synchronized (this) {
				s = this.current;
				if (s == null || s.version() != version) {
					s = load(version);
					this.current = s;
				}
			}
		}
		return s.mentors();
	}

	private Snapshot load(long version) {
		long started = System.nanoTime();
		List<Mentor> mentors = new ArrayList<>();
		for (Record r : Cypher.read(this.driver, "mentorsearch/catalogue", Map.of())) {
			Set<String> skills = new HashSet<>();
			r.get("skills").asList(Value::asString).forEach(k -> skills.add(k.toLowerCase(Locale.ROOT)));
			mentors.add(new Mentor(r.get("id").asString(),
					r.get("seniority").isNull() ? null : r.get("seniority").asInt(),
					lower(r.get("specialty").asString(null)), lower(r.get("region").asString(null)), Set.copyOf(skills),
					r.get("capacity").asInt(), r.get("active").asInt(), r.get("menteesBefore").asInt()));
		}
		log.info("Mentor catalogue: {} mentors in {} ms", mentors.size(), (System.nanoTime() - started) / 1_000_000);
		return new Snapshot(List.copyOf(mentors), version);
	}

	static String lower(String s) {
		return (s == null) ? null : s.toLowerCase(Locale.ROOT);
	}

	/**
	 * One mentor as scoring sees them.
	 *
	 * @param id person id
	 * @param seniority grade ordinal, or null
	 * @param specialty lower-case specialty
	 * @param region lower-case region
	 * @param skills lower-case skills
	 * @param capacity most mentees at once
	 * @param active mentees now
	 * @param menteesBefore mentees ever
	 */
	record Mentor(String id, Integer seniority, String specialty, String region, Set<String> skills, int capacity,
			int active, int menteesBefore) {

		int capacityLeft() {
			return this.capacity - this.active;
		}

	}

	private record Snapshot(List<Mentor> mentors, long version) {
	}

}
