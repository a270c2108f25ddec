package org.warmpath.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.warmpath.cypher.Reads;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.PersonCard;
import org.warmpath.projection.Projection;
import org.warmpath.projection.TieDetail;

import org.springframework.stereotype.Service;

/**
 * Reads people and their one-hop ties; never walks further than one hop, so a profile
 * costs the same in a network of a thousand or a million.
 */
@Service
public class Directory {

	/** The largest page anyone can ask for. */
	public static final int MAX_PAGE_SIZE = 100;

	private static final int MAX_CACHED_CARDS = 200_000;

	private final Reads reads;

	private final Projection projection;

	/**
	 * Person cards for paths, mutuals and recommendations, valid for one projection
	 * version: every write the app makes (people, ties, consent, erasure) moves the
	 * version and so empties the cache before the next read. Saves a database round trip
	 * on most path answers.
	 */
	private final Map<String, PersonSummary> cards = new ConcurrentHashMap<>();

	private volatile long cardsVersion = -1;

	Directory(Reads reads, Projection projection) {
		this.reads = reads;
		this.projection = projection;
	}

	/**
	 * One page of the people matching the filter, by name.
	 * @param filter the criteria
	 * @param page zero-based page
	 * @param size page size, at most {@link #MAX_PAGE_SIZE}
	 * @return the page
	 */
	public PageOf<PersonSummary> search(PersonFilter filter, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		params.put("q", blankToNull(filter.q()));
		params.put("specialty", blankToNull(filter.specialty()));
		params.put("region", blankToNull(filter.region()));
		params.put("grade", blankToNull(filter.grade()));
		params.put("openToMentoring", filter.openToMentoring());
		params.put("programme", blankToNull(filter.programme()));
		params.put("skill", blankToNull(filter.skill()));
		params.put("organisation", blankToNull(filter.organisation()));
		long total = this.reads.read("people/count", params).get(0).get("total").asLong();
		params.put("skip", (long) page * size);
		params.put("limit", size);
		List<PersonSummary> items = this.reads.read("people/search", params).stream().map(PersonSummary::from).toList();
		return new PageOf<>(items, page, size, total);
	}

	/**
	 * The whole profile of one person.
	 * @param id the person
	 * @return the profile, or empty when there is no such person
	 */
	public Optional<PersonDetails> find(String id) {
		return this.reads.read("people/by-id", Map.of("id", id)).stream().findFirst().map(Directory::details);
	}

	/**
	 * Card fields of many people at once.
	 * @param ids the people; unknown ids are left out of the answer
	 * @return summaries by id
	 */
	public Map<String, PersonSummary> summaries(java.util.Collection<String> ids) {
		Map<String, PersonSummary> out = new HashMap<>();
		if (ids.isEmpty()) {
			return out;
		}
		long version = this.projection.snapshot().covers();
		if (version != this.cardsVersion || this.cards.size() > MAX_CACHED_CARDS) {
			this.cards.clear();
			this.cardsVersion = version;
		}
		List<String> missing = new ArrayList<>();
		for (String id : new java.util.LinkedHashSet<>(ids)) {
			PersonSummary card = this.cards.get(id);
			if (card != null) {
				out.put(id, card);
			}
			else {
				missing.add(id);
			}
		}
		if (!missing.isEmpty()) {
			for (MapAccessor r : this.reads.read("people/summaries", Map.of("ids", missing))) {
				PersonSummary summary = PersonSummary.from(r);
				out.put(summary.id(), summary);
				if (this.cardsVersion == version) {
					this.cards.put(summary.id(), summary);
				}
			}
		}
		return out;
	}

	/**
	 * Whether a person exists: the in-memory projection answers for everyone it holds,
	 * Neo4j for anyone it does not hold yet (written on another instance a moment ago).
	 * @param id the person
	 * @return true when there is such a person
	 */
	public boolean exists(String id) {
		KnowsGraph graph = this.projection.snapshot().graph();
		int v = graph.indexOf(id);
		return (v >= 0 && !graph.isRemoved(v)) || find(id).isPresent();
	}

	/**
	 * The people someone knows, strongest tie first (then by name, then id), from the
	 * in-memory projection: its cards and exact tie strengths, so the list is what Neo4j
	 * holds as of the projection's version, with no database read. O(d log d) for a
	 * person of degree d. A person the projection does not hold yet is read from Neo4j.
	 * @param id the person
	 * @param page zero-based page
	 * @param size page size
	 * @param hidden people whose tie to this person the caller may not see: left out of
	 * the page and of the total
	 * @return the page of ties, or empty when there is no such person
	 */
	public Optional<PageOf<Connection>> connections(String id, int page, int size, Set<String> hidden) {
		Projection.Snapshot snapshot = this.projection.snapshot();
		KnowsGraph graph = snapshot.graph();
		int v = graph.indexOf(id);
		if (v < 0 || graph.isRemoved(v)) {
			return find(id).map(person -> connectionsFromNeo4j(person, page, size, hidden));
		}
		List<Listed> listed = new ArrayList<>();
		for (int w : graph.neighbours(v)) {
			String other = graph.id(w);
			if (!hidden.contains(other)) {
				listed.add(new Listed(other, snapshot.tie(v, w), snapshot.cards().get(w)));
			}
		}
		listed.sort(Listed.ORDER);
		long skip = (long) page * size;
		List<Connection> items = new ArrayList<>();
		for (long i = skip; i < Math.min(listed.size(), skip + size); i++) {
			Listed l = listed.get((int) i);
			items.add(connection(l.id(), l.card(), l.detail()));
		}
		return Optional.of(new PageOf<>(items, page, size, listed.size()));
	}

	/** One tie of a list: the other person, the tie's details, their card. */
	private record Listed(String id, TieDetail detail, PersonCard card) {

		/** people/connections.cypher's order: strength down, name up (none last), id. */
		static final Comparator<Listed> ORDER = Comparator.comparingDouble(Listed::strength)
			.reversed()
			.thenComparing(l -> l.card().name(), Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Listed::id);

		double strength() {
			return this.detail.strength();
		}

	}

	private PageOf<Connection> connectionsFromNeo4j(PersonDetails person, int page, int size, Set<String> hidden) {
		String id = person.id();
		List<Connection> items = this.reads
			.read("people/connections",
					Map.of("id", id, "skip", (long) page * size, "limit", size, "hidden", List.copyOf(hidden)))
			.stream()
			.map(Directory::connection)
			.toList();
		return new PageOf<>(items, page, size, Math.max(0, person.degree() - hidden.size()));
	}

	/**
	 * The tie between two people, seen from the first.
	 * @param id one person
	 * @param other the other
	 * @return the tie, or empty when they are not connected
	 */
	public Optional<Connection> tie(String id, String other) {
		return this.reads.read("people/tie", Map.of("id", id, "other", other))
			.stream()
			.findFirst()
			.map(Directory::connection);
	}

	/**
	 * The tie between two people, seen from the first, as the in-memory projection holds
	 * it: what a tie write answers with, since the write applied its own change in place
	 * before returning (so no second read of what was just committed).
	 * @param id one person
	 * @param other the other
	 * @return the tie, or empty when the projection holds no tie between them
	 */
	public Optional<Connection> tieInMemory(String id, String other) {
		Projection.Snapshot snapshot = this.projection.snapshot();
		int a = snapshot.graph().indexOf(id);
		int b = snapshot.graph().indexOf(other);
		if (a < 0 || b < 0 || snapshot.graph().tieBetween(a, b) < 0) {
			return Optional.empty();
		}
		TieDetail detail = snapshot.tie(a, b);
		return snapshot.card(other).map(c -> connection(other, c, detail));
	}

	/** A tie as the projection holds it, seen from the other end. */
	private static Connection connection(String other, PersonCard card, TieDetail detail) {
		return new Connection(PersonSummary.of(other, card), detail.strength(), detail.context(), detail.since());
	}

	private static Connection connection(MapAccessor r) {
		return new Connection(PersonSummary.from(r), r.get("strength").asDouble(0.5), r.get("context").asString(null),
				r.get("since").asString(null));
	}

	private static PersonDetails details(MapAccessor r) {
		List<PersonDetails.Programme> programmes = r.get("programmes")
			.asList(Value::asMap)
			.stream()
			.filter(m -> m.get("id") != null)
			.map(m -> new PersonDetails.Programme((String) m.get("id"), (String) m.get("name"), (String) m.get("as")))
			.toList();
		return new PersonDetails(r.get("id").asString(), r.get("name").asString(null), r.get("headline").asString(null),
				r.get("grade").asString(null), r.get("seniority").isNull() ? null : r.get("seniority").asInt(),
				r.get("specialty").asString(null), r.get("region").asString(null), r.get("organisation").asString(null),
				r.get("skills").asList(Value::asString), programmes, r.get("openToIntroductions").asBoolean(),
				r.get("openToMentoring").asBoolean(), r.get("mentorCapacity").asInt(), r.get("activeMentees").asInt(),
				r.get("degree").asInt(), r.get("connectionVisibility").asString(), r.get("linkedinUrl").asString(null),
				r.get("createdAt").asString(null), r.get("updatedAt").asString(null));
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.trim();
	}

}
