package org.warmpath.mentorsearch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
 * What mentor fit is scored on, for everyone, held in memory as primitive arrays (one row
 * per person; specialty, region and skills as interned codes), so a ranking scores
 * thousands of candidates without a database round trip and without an object per
 * candidate, and the mentee's own attributes need no read either.
 *
 * <p>
 * Why: reading 16,000 candidates with their specialty, region and skills from Neo4j took
 * about 750 ms per recommendation at 100k people; scoring them from memory takes about a
 * millisecond, and from primitive arrays with a bounded heap a fraction of that. The
 * catalogue is reloaded on the next recommendation after a write that may change people's
 * attributes (people, mentoring or LinkedIn imports, profile edits, deletions, erasure),
 * and not after writes that change ties only: it holds no tie, and under the load test's
 * 3% tie writes (a projection rebuild every second or so) reloading it after every
 * rebuild, under a lock every recommendation waited on, made recommendations take 30 s at
 * 64 clients. Counts of active mentees may be stale (they change without a graph event);
 * whether a mentor may appear at all (open to mentoring, capacity left, not already this
 * mentee's mentor) is checked live for the few returned.
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
	Snapshot snapshot() {
		long version = this.changes.get();
		Snapshot s = this.current;
		if (s == null || s.version != version) {
			synchronized (this) {
				s = this.current;
				if (s == null || s.version != version) {
					s = load(version);
					this.current = s;
				}
			}
		}
		return s;
	}

	/** Everyone open to mentoring, as records (tests; scoring reads the arrays). */
	List<Mentor> mentors() {
		return snapshot().mentors();
	}

	private Snapshot load(long version) {
		long started = System.nanoTime();
		Snapshot s = new Snapshot(version, Cypher.read(this.driver, "mentorsearch/catalogue", Map.of()));
		log.info("Mentor catalogue: {} people, {} open to mentoring, in {} ms", s.size, s.openCount,
				(System.nanoTime() - started) / 1_000_000);
		return s;
	}

	static String lower(String s) {
		return (s == null) ? null : s.toLowerCase(Locale.ROOT);
	}

	/**
	 * One catalogue version: row {@code r} is one person; codes index
	 * {@link #specialties}, {@link #regions} and {@link #skillNames} (-1: none).
	 * Immutable once built.
	 */
	static final class Snapshot {

		final long version;

		final int size;

		final int openCount;

		final String[] ids;

		/** Grade ordinal, {@link #NO_SENIORITY} when unknown. */
		final int[] seniority;

		final int[] specialty;

		final int[] region;

		/** Skill codes of row r: {@code skillCodes[skillStart[r] .. skillStart[r+1])}. */
		final int[] skillStart;

		final int[] skillCodes;

		final boolean[] open;

		final int[] capacity;

		final int[] active;

		final int[] menteesBefore;

		/** Rows open to mentoring with capacity left, in row order. */
		final int[] available;

		final List<String> specialties = new ArrayList<>();

		final List<String> regions = new ArrayList<>();

		final List<String> skillNames = new ArrayList<>();

		private final Map<String, Integer> specialtyCodes = new HashMap<>();

		private final Map<String, Integer> regionCodes = new HashMap<>();

		private final Map<String, Integer> skillCodeOf = new HashMap<>();

		private final Map<String, Integer> rowOf;

		private volatile List<Mentor> mentors;

		static final int NO_SENIORITY = Integer.MIN_VALUE;

		Snapshot(long version, List<Record> rows) {
			this.version = version;
			int n = rows.size();
			this.size = n;
			this.ids = new String[n];
			this.seniority = new int[n];
			this.specialty = new int[n];
			this.region = new int[n];
			this.skillStart = new int[n + 1];
			this.open = new boolean[n];
			this.capacity = new int[n];
			this.active = new int[n];
			this.menteesBefore = new int[n];
			this.rowOf = new HashMap<>(n * 2);
			int[] skills = new int[Math.max(16, n * 2)];
			int skillCount = 0;
			int openCount = 0;
			int availableCount = 0;
			int[] available = new int[n];
			for (int r = 0; r < n; r++) {
				Record row = rows.get(r);
				this.ids[r] = row.get("id").asString();
				this.rowOf.put(this.ids[r], r);
				this.seniority[r] = row.get("seniority").isNull() ? NO_SENIORITY : row.get("seniority").asInt();
				this.specialty[r] = code(lower(row.get("specialty").asString(null)), this.specialtyCodes,
						this.specialties);
				this.region[r] = code(lower(row.get("region").asString(null)), this.regionCodes, this.regions);
				this.skillStart[r] = skillCount;
				Set<Integer> seen = new HashSet<>();
				for (Value k : row.get("skills").values()) {
					int c = code(k.asString().toLowerCase(Locale.ROOT), this.skillCodeOf, this.skillNames);
					if (seen.add(c)) {
						if (skillCount == skills.length) {
							skills = Arrays.copyOf(skills, skills.length * 2);
						}
						skills[skillCount++] = c;
					}
				}
				this.open[r] = row.get("open").asBoolean(false);
				this.capacity[r] = row.get("capacity").asInt();
				this.active[r] = row.get("active").asInt();
				this.menteesBefore[r] = row.get("menteesBefore").asInt();
				if (this.open[r]) {
					openCount++;
					if (this.capacity[r] - this.active[r] > 0) {
						available[availableCount++] = r;
					}
				}
			}
			this.skillStart[n] = skillCount;
			this.skillCodes = Arrays.copyOf(skills, skillCount);
			this.openCount = openCount;
			this.available = Arrays.copyOf(available, availableCount);
		}

		private static int code(String name, Map<String, Integer> codes, List<String> names) {
			if (name == null) {
				return -1;
			}
			Integer c = codes.get(name);
			if (c == null) {
				c = names.size();
				codes.put(name, c);
				names.add(name);
			}
			return c;
		}

		/** Row of a person, or -1 when the catalogue does not hold them. */
		int row(String id) {
			Integer r = this.rowOf.get(id);
			return (r != null) ? r : -1;
		}

		int specialtyCode(String lowerName) {
			return codeOf(lowerName, this.specialtyCodes);
		}

		int regionCode(String lowerName) {
			return codeOf(lowerName, this.regionCodes);
		}

		/** Code of a lower-case skill, negative when nobody has it. */
		int skillCode(String lowerName) {
			return codeOf(lowerName, this.skillCodeOf);
		}

		/**
		 * The code of a name; for no name -2 and for a name nobody has -3, so neither
		 * matches a row without one (-1).
		 */
		private static int codeOf(String lowerName, Map<String, Integer> codes) {
			if (lowerName == null) {
				return -2;
			}
			Integer c = codes.get(lowerName);
			return (c != null) ? c : -3;
		}

		Integer seniorityOf(int r) {
			return (this.seniority[r] == NO_SENIORITY) ? null : this.seniority[r];
		}

		private List<Mentor> mentors() {
			List<Mentor> m = this.mentors;
			if (m == null) {
				List<Mentor> out = new ArrayList<>(this.openCount);
				for (int r = 0; r < this.size; r++) {
					if (this.open[r]) {
						Set<String> skills = new HashSet<>();
						for (int i = this.skillStart[r]; i < this.skillStart[r + 1]; i++) {
							skills.add(this.skillNames.get(this.skillCodes[i]));
						}
						out.add(new Mentor(this.ids[r], seniorityOf(r),
								(this.specialty[r] < 0) ? null : this.specialties.get(this.specialty[r]),
								(this.region[r] < 0) ? null : this.regions.get(this.region[r]), Set.copyOf(skills),
								this.capacity[r], this.active[r], this.menteesBefore[r]));
					}
				}
				m = List.copyOf(out);
				this.mentors = m;
			}
			return m;
		}

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

}
