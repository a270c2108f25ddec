package org.warmpath.ties;

import org.warmpath.people.EvidenceKind;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.warmpath.cypher.Cypher;
import org.warmpath.cypher.Writes;
import org.warmpath.problems.Problems;
import org.warmpath.projection.ChangeLog;
import org.warmpath.projection.ChangeLog.Change;
import org.warmpath.projection.GraphChanged;
import org.warmpath.projection.TieExplanation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Each person's side of a tie ({@code (:Person)-[:VOUCHES {closeness,
 * evidence}]->(:Person)} per side) and the KNOWS tie they make: a tie exists, and enters
 * paths, once both sides vouched, or when an import, an introduction or an admin made it;
 * a side written for an existing tie re-rates it. Every write that changes a KNOWS tie
 * reads it back in its transaction, records it in the change feed and has the projection
 * apply it in place before it returns, as the admin's tie writes do, so the next query
 * sees it.
 */
@Service
public class Vouches {

	/** The most items of evidence one side may give. */
	public static final int MAX_EVIDENCE = 20;

	/** The longest note of an item of evidence. */
	public static final int MAX_NOTE = 500;

	/** The most ties, pending sides or requests one listing shows. */
	public static final int MAX_LIST = 500;

	/** The {@code source} of a tie that its two people made. */
	static final String SOURCE = "vouched";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Driver driver;

	private final Writes writes;

	private final ChangeLog changes;

	private final ApplicationEventPublisher events;

	Vouches(Driver driver, Writes writes, ChangeLog changes, ApplicationEventPublisher events) {
		this.driver = driver;
		this.writes = writes;
		this.changes = changes;
		this.events = events;
	}

	/**
	 * Writes my side of the tie to {@code other}. Pending until the other vouches; when
	 * they have (or a tie exists already) the tie is created or re-rated with the
	 * strength both sides give it. Idempotent; bad input changes nothing.
	 * @param me the person I am
	 * @param other the other person
	 * @param input my side
	 * @return what it did
	 */
	public MyTie.Saved save(String me, String other, SideInput input) {
		if (me.equals(other)) {
			throw Problems.badRequest("otherId", "A tie needs two people: you cannot vouch for yourself");
		}
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Side side = validate(input, today);
		String evidenceJson = write(side.evidence());
		Outcome outcome;
		outcome = this.writes.execute(tx -> {
			Map<String, Object> pair = Map.of("me", me, "other", other);
			List<String> found = tx.single(Cypher.query("ties/pair-lock"), pair).get("found").asList(Value::asString);
			if (!found.contains(other)) {
				throw Problems.badRequest("otherId", "No person with id '" + other + "'");
			}
			if (!found.contains(me)) {
				throw Problems.notFound("person", me);
			}
			MapAccessor state = tx.single(Cypher.query("ties/pair-state"), pair);
			MyTie.PersonRef person = new MyTie.PersonRef(other, state.get("otherName").asString(null));
			boolean same = evidenceJson.equals(state.get("myEvidence").asString(null))
					&& side.closeness() == state.get("myCloseness").asInt(0);
			if (!same) {
				Map<String, Object> params = new HashMap<>(pair);
				params.put("closeness", side.closeness());
				params.put("evidence", evidenceJson);
				tx.run(Cypher.query("ties/vouch-save"), params);
			}
			Side theirs = side(state.get("theirCloseness"), state.get("theirEvidence"));
			if (theirs == null && !state.get("tied").asBoolean()) {
				return new Outcome(new MyTie.Saved("pending", person, side, null, null), List.of());
			}
			List<Evidence> all = new ArrayList<>(side.evidence());
			List<Integer> ratings = new ArrayList<>(List.of(side.closeness()));
			if (theirs != null) {
				all.addAll(theirs.evidence());
				ratings.add(theirs.closeness());
			}
			TieStrength.Parts parts = TieStrength.of(all, ratings, today);
			boolean meFirst = me.compareTo(other) < 0;
			int theirCloseness = (theirs != null) ? theirs.closeness() : 0;
			long explanation = explanation(parts, meFirst ? side.closeness() : theirCloseness,
					meFirst ? theirCloseness : side.closeness());
			String a = meFirst ? me : other;
			String b = meFirst ? other : me;
			Map<String, Object> params = new HashMap<>();
			params.put("a", a);
			params.put("b", b);
			params.put("strength", parts.strength());
			params.put("explanation", explanation);
			params.put("context", context(all));
			params.put("since",
					all.stream()
						.map(Evidence::since)
						.filter(java.util.Objects::nonNull)
						.min(Comparator.naturalOrder())
						.orElse(null));
			params.put("confirmed", theirs != null);
			params.put("source", SOURCE);
			tx.run(Cypher.query("ties/knows-save"), params);
			List<Change> full = this.changes.ties(tx, List.of(Map.of("a", a, "b", b)));
			this.changes.record(tx, full);
			return new Outcome(new MyTie.Saved("confirmed", person, side, parts.strength(), parts), full);
		});
		if (!outcome.changes().isEmpty()) {
			this.events.publishEvent(new GraphChanged("tie", outcome.changes()));
		}
		return outcome.saved();
	}

	/**
	 * Removes the tie between me and {@code other} from Neo4j and, at once, from paths,
	 * with both sides (so declining a request and removing a tie are one act).
	 * @param me the person I am
	 * @param other the other person
	 * @throws org.springframework.web.ErrorResponseException 404 when there was neither a
	 * tie nor a side of one
	 */
	public void remove(String me, String other) {
		if (me.equals(other)) {
			throw Problems.badRequest("otherId", "A tie needs two people: you cannot have one with yourself");
		}
		boolean removedTie;
		removedTie = this.writes.execute(tx -> {
			Map<String, Object> pair = Map.of("me", me, "other", other);
			tx.run(Cypher.query("ties/pair-lock"), pair);
			MapAccessor r = tx.single(Cypher.query("ties/pair-delete"), pair);
			long knows = r.get("knows").asLong();
			if (knows + r.get("vouches").asLong() == 0) {
				throw Problems.exception(HttpStatus.NOT_FOUND, "tie-not-found", "Tie not found",
						"You have no tie and no request with '" + other + "'", Map.of("otherId", other));
			}
			if (knows > 0) {
				this.changes.record(tx, Change.tieRemoved(me, other));
			}
			return knows > 0;
		});
		if (removedTie) {
			this.events.publishEvent(new GraphChanged("tie", List.of(Change.tieRemoved(me, other))));
		}
	}

	/**
	 * My ties, warmest first, with both sides and how their strength was computed, and
	 * the sides I wrote that wait for the other.
	 * @param me the person I am
	 * @param limit the most ties to list (1..{@value #MAX_LIST})
	 * @return the listing
	 */
	public MyTie.Listing list(String me, int limit) {
		List<Record> rows = Cypher.read(this.driver, "ties/mine", Map.of("me", me, "limit", limit));
		if (rows.isEmpty()) {
			return new MyTie.Listing(List.of(), 0, List.of());
		}
		Record r = rows.get(0);
		List<MyTie> ties = new ArrayList<>();
		for (Value t : r.get("ties").values()) {
			Side mine = side(t.get("myCloseness"), t.get("myEvidence"));
			Side theirs = side(t.get("theirCloseness"), t.get("theirEvidence"));
			String other = t.get("id").asString();
			List<String> confirmedBy = new ArrayList<>();
			if (mine != null) {
				confirmedBy.add(me);
			}
			if (theirs != null) {
				confirmedBy.add(other);
			}
			double strength = t.get("strength").isNull() ? 0.5 : t.get("strength").asDouble();
			ties.add(new MyTie(new MyTie.PersonRef(other, t.get("name").asString(null)), mine, theirs, confirmedBy,
					t.get("confirmedAt").asString(null), strength,
					parts(strength, TieExplanation.unpack(t.get("explanation").asLong(0))),
					t.get("source").asString(null), t.get("context").asString(null), t.get("since").asString(null)));
		}
		ties.sort(Comparator.comparingDouble(MyTie::strength).reversed().thenComparing(t -> t.person().id()));
		List<MyTie.Waiting> pending = new ArrayList<>();
		for (Value p : r.get("pending").values()) {
			pending.add(waiting(p));
		}
		return new MyTie.Listing(ties, r.get("total").asLong(), pending);
	}

	/**
	 * The sides others wrote of a tie to me that I have not answered, newest first.
	 * @param me the person I am
	 * @param limit the most to list
	 * @return the requests
	 */
	public List<MyTie.Waiting> requests(String me, int limit) {
		return Cypher.read(this.driver, "ties/requests", Map.of("me", me, "limit", limit))
			.stream()
			.map(Vouches::waiting)
			.toList();
	}

	/**
	 * A strength's parts as the projection and Neo4j keep them; null for a tie without an
	 * explanation (its strength was set, not computed).
	 * @param strength the tie's strength
	 * @param e its explanation, or null
	 * @return the parts, or null
	 */
	public static TieStrength.Parts parts(double strength, TieExplanation e) {
		if (e == null) {
			return null;
		}
		return new TieStrength.Parts(strength, e.evidence(), e.duration(), e.recency(), e.ratings(),
				EvidenceKind.ids(e.evidenceKinds()));
	}

	private static MyTie.Waiting waiting(MapAccessor v) {
		Side side = side(v.get("closeness"), v.get("evidence"));
		return new MyTie.Waiting(new MyTie.PersonRef(v.get("id").asString(), v.get("name").asString(null)), side,
				v.get("at").asString(null));
	}

	private static long explanation(TieStrength.Parts parts, int closenessA, int closenessB) {
		int mask = 0;
		for (String id : parts.kinds()) {
			mask |= 1 << EvidenceKind.of(id).ordinal();
		}
		return new TieExplanation(mask, closenessA, closenessB, parts.evidence(), parts.duration(), parts.recency(),
				parts.ratings())
			.pack();
	}

	/** How they know each other, in a word: the weightiest kind of evidence, or null. */
	private static String context(List<Evidence> evidence) {
		return evidence.stream()
			.map(Evidence::kind)
			.max(Comparator.comparingDouble(EvidenceKind::weight))
			.map(EvidenceKind::id)
			.orElse(null);
	}

	/** Checks a side as sent; every problem names its field. */
	static Side validate(SideInput input, LocalDate today) {
		if (input == null || input.closeness() == null) {
			throw Problems.badRequest("closeness", "closeness is required: 1 (barely) to 5 (very close)");
		}
		if (input.closeness() < 1 || input.closeness() > 5) {
			throw Problems.badRequest("closeness", "closeness must be 1 to 5, not " + input.closeness());
		}
		List<SideInput.Item> items = (input.evidence() == null) ? List.of() : input.evidence();
		if (items.size() > MAX_EVIDENCE) {
			throw Problems.badRequest("evidence",
					"At most " + MAX_EVIDENCE + " items of evidence, not " + items.size());
		}
		List<Evidence> evidence = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			String field = "evidence[" + i + "]";
			SideInput.Item item = items.get(i);
			if (item == null) {
				throw Problems.badRequest(field, "An item of evidence needs at least a kind");
			}
			EvidenceKind kind = EvidenceKind.of(item.kind());
			if (kind == null) {
				throw Problems.badRequest(field + ".kind", "Unknown evidence kind '" + item.kind() + "'; one of "
						+ Arrays.stream(EvidenceKind.values()).map(EvidenceKind::id).toList());
			}
			LocalDate since = date(item.since(), field + ".since", today);
			LocalDate until = date(item.until(), field + ".until", today);
			if (since != null && until != null && since.isAfter(until)) {
				throw Problems.badRequest(field + ".until", "until (" + until + ") is before since (" + since + ")");
			}
			String note = (item.note() == null || item.note().isBlank()) ? null : item.note().strip();
			if (note != null && note.length() > MAX_NOTE) {
				throw Problems.badRequest(field + ".note", "A note has at most " + MAX_NOTE + " characters");
			}
			evidence.add(new Evidence(kind, since, until, note));
		}
		return new Side(List.copyOf(evidence), input.closeness());
	}

	private static LocalDate date(String text, String field, LocalDate today) {
		if (text == null || text.isBlank()) {
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw Problems.badRequest(field, "'" + text + "' is not a date (YYYY-MM-DD)");
		}
		if (date.isAfter(today)) {
			throw Problems.badRequest(field, field + " (" + date + ") is in the future");
		}
		return date;
	}

	/** A side's evidence as the JSON text Neo4j keeps on the VOUCHES relationship. */
	static String write(List<Evidence> evidence) {
		List<Map<String, String>> items = new ArrayList<>(evidence.size());
		for (Evidence e : evidence) {
			Map<String, String> item = new LinkedHashMap<>();
			item.put("kind", e.kind().id());
			item.put("since", (e.since() != null) ? e.since().toString() : null);
			item.put("until", (e.until() != null) ? e.until().toString() : null);
			item.put("note", e.note());
			items.add(item);
		}
		try {
			return JSON.writeValueAsString(items);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A stored side; null when there is none. Kinds this version does not know are left
	 * out.
	 */
	static Side side(Value closeness, Value evidence) {
		if (closeness == null || closeness.isNull()) {
			return null;
		}
		List<Evidence> items = new ArrayList<>();
		String text = evidence.asString(null);
		if (text != null) {
			try {
				for (Map<String, String> item : JSON.readValue(text, new TypeReference<List<Map<String, String>>>() {
				})) {
					EvidenceKind kind = EvidenceKind.of(item.get("kind"));
					if (kind != null) {
						items.add(new Evidence(kind, parse(item.get("since")), parse(item.get("until")),
								item.get("note")));
					}
				}
			}
			catch (JsonProcessingException ex) {
				// unreadable evidence reads as none: the rating still stands
			}
		}
		return new Side(List.copyOf(items), closeness.asInt());
	}

	private static LocalDate parse(String date) {
		return (date == null) ? null : LocalDate.parse(date);
	}

	private record Outcome(MyTie.Saved saved, List<Change> changes) {

	}

}
