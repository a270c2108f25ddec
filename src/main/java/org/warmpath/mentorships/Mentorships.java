package org.warmpath.mentorships;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.Session;
import org.warmpath.projection.ChangeLog;
import org.warmpath.projection.GraphChanged;
import org.warmpath.cypher.Cypher;
import org.warmpath.cypher.WriteTx;
import org.warmpath.cypher.Writes;
import org.warmpath.problems.Problems;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Mentoring requests and their answers; a mentor never has more ACTIVE mentees than their
 * {@code mentorCapacity}.
 *
 * <p>
 * Capacity holds under concurrency and across app instances because each decision runs in
 * one Neo4j write transaction that first takes the mentor node's write lock (a property
 * set and removed again), then counts ACTIVE mentees and writes only when below capacity.
 * Concurrent accepts for one mentor therefore queue on that lock; each sees the ones
 * committed before it. No JVM lock is involved.
 */
@Service
class Mentorships {

	/** The statuses of a request the mentor has not decided yet. */
	private static final List<String> OPEN_REQUEST = List.of("REQUESTED", "EXPLORING");

	private final Driver driver;

	private final Writes writes;

	private final ChangeLog changeLog;

	private final ApplicationEventPublisher events;

	Mentorships(Driver driver, Writes writes, ChangeLog changeLog, ApplicationEventPublisher events) {
		this.driver = driver;
		this.writes = writes;
		this.changeLog = changeLog;
		this.events = events;
	}

	/**
	 * Records, in the write's transaction, that a mentorship became or stopped being
	 * ACTIVE: the network picture shows who mentors and who is mentored from the
	 * projection's person cards, so both people's cards as committed go to the change log
	 * (for other instances) and are returned to be applied here, in place, after commit.
	 */
	private List<ChangeLog.Change> activeChanged(WriteTx tx, String mentor, String mentee) {
		List<ChangeLog.Change> cards = this.changeLog.cards(tx, List.of(mentor, mentee));
		this.changeLog.record(tx, cards);
		return cards;
	}

	/**
	 * Applies the cards a decision changed to the projection (and caches of people's
	 * attributes) before the decision answers, then says which mentorship became or
	 * stopped being ACTIVE.
	 */
	private void told(List<ChangeLog.Change> cards, String mentor, String mentee, boolean active) {
		if (!cards.isEmpty()) {
			this.events.publishEvent(new GraphChanged("mentorship", List.copyOf(cards)));
			this.events.publishEvent(new MentorshipChanged(mentor, mentee, active));
		}
	}

	/**
	 * A mentee asks a mentor, for a need. A mentee may have several mentors, one per
	 * need; while a relationship with this mentor is open (requested, exploring or
	 * active), asking again is a 409: {@code need-already-covered} for the same need,
	 * {@code mentorship-exists} otherwise (accept, decline and the agreement name a
	 * mentorship by its two people, so there is one open relationship per pair).
	 */
	Mentorship request(String mentor, String mentee, MentorshipRequest request) {
		if (mentor.equals(mentee)) {
			throw Problems.badRequest("mentorId", "A person cannot mentor themselves");
		}
		String need = need(request.need());
		inTransaction(tx -> {
			MapAccessor m = lockMentor(tx, mentor);
			requirePerson(tx, mentee);
			if (!m.get("open").asBoolean() || m.get("capacity").asInt() < 1) {
				throw Problems.exception(HttpStatus.CONFLICT, "mentor-not-open", "Conflict",
						"This person is not open to mentoring", Map.of("field", "mentorId"));
			}
			MapAccessor state = state(tx, mentor, mentee);
			String status = state.get("status").asString(null);
			if (status != null && need != null && need.equals(state.get("need").asString(null))) {
				throw Problems.exception(HttpStatus.CONFLICT, "need-already-covered", "Need already covered",
						"This mentor already has a " + status.toLowerCase(Locale.ROOT)
								+ " mentoring relationship with you for '" + need + "'",
						Map.of("field", "need", "currentStatus", status));
			}
			if (status != null) {
				throw Problems.conflict("mentorship-exists",
						"There is already a " + status.toLowerCase() + " mentoring relationship between these people");
			}
			if (m.get("paused").asBoolean()) {
				throw Problems.exception(HttpStatus.CONFLICT, "mentor-paused", "Mentor paused",
						"This mentor has paused new mentoring requests", Map.of("field", "mentorId"));
			}
			Map<String, Object> params = new HashMap<>();
			params.put("mentor", mentor);
			params.put("mentee", mentee);
			params.put("programme", blankToNull(request.programme()));
			params.put("message", blankToNull(request.message()));
			params.put("need", need);
			tx.run(Cypher.query("mentorships/request"), params);
		});
		return get(mentor, mentee);
	}

	/**
	 * The mentor accepts a request or an exploratory conversation: only while below
	 * capacity. Accepting an active mentorship again answers it unchanged.
	 */
	Mentorship accept(String mentor, String mentee) {
		List<ChangeLog.Change> cards = new ArrayList<>();
		inTransaction(tx -> {
			cards.clear();
			MapAccessor m = lockMentor(tx, mentor);
			MapAccessor state = state(tx, mentor, mentee);
			String status = state.get("status").asString(null);
			if ("ACTIVE".equals(status)) {
				return;
			}
			requireStatus(state, OPEN_REQUEST, "accepted");
			int active = state.get("active").asInt();
			int capacity = m.get("capacity").asInt();
			if (active >= capacity) {
				throw Problems.exception(HttpStatus.CONFLICT, "mentor-capacity-reached", "Mentor at capacity",
						"The mentor already has " + active + " active mentees (capacity " + capacity + ")",
						Map.of("capacity", capacity, "active", active));
			}
			decide(tx, mentor, mentee, status, "ACTIVE");
			cards.addAll(activeChanged(tx, mentor, mentee));
		});
		told(cards, mentor, mentee, true);
		return get(mentor, mentee);
	}

	/**
	 * The mentor answers a request with an exploratory conversation before deciding;
	 * exploring again answers it unchanged.
	 */
	Mentorship explore(String mentor, String mentee) {
		inTransaction(tx -> {
			lockMentor(tx, mentor);
			MapAccessor state = state(tx, mentor, mentee);
			if ("EXPLORING".equals(state.get("status").asString(null))) {
				return;
			}
			requireStatus(state, List.of("REQUESTED"), "explored");
			decide(tx, mentor, mentee, "REQUESTED", "EXPLORING");
		});
		return get(mentor, mentee);
	}

	/**
	 * The mentor declines a request or an exploratory conversation; declining again (the
	 * latest relationship already declined) answers it unchanged.
	 */
	Mentorship decline(String mentor, String mentee) {
		inTransaction(tx -> {
			lockMentor(tx, mentor);
			MapAccessor state = state(tx, mentor, mentee);
			String status = state.get("status").asString(null);
			if (status == null && latestIs(tx, mentor, mentee, "DECLINED")) {
				return;
			}
			requireStatus(state, OPEN_REQUEST, "declined");
			decide(tx, mentor, mentee, status, "DECLINED");
		});
		return get(mentor, mentee);
	}

	/**
	 * Either side ends an active relationship (or the mentee withdraws a request); ending
	 * again answers the ended one unchanged.
	 */
	Mentorship end(String mentor, String mentee) {
		List<ChangeLog.Change> cards = new ArrayList<>();
		inTransaction(tx -> {
			cards.clear();
			lockMentor(tx, mentor);
			String status = state(tx, mentor, mentee).get("status").asString(null);
			if (status == null && latestIs(tx, mentor, mentee, "ENDED")) {
				return;
			}
			if (status == null) {
				throw Problems.exception(HttpStatus.CONFLICT, "illegal-transition", "Illegal transition",
						"There is no requested or active mentoring relationship to end", Map.of("action", "end"));
			}
			decide(tx, mentor, mentee, status, "ENDED");
			if ("ACTIVE".equals(status)) {
				cards.addAll(activeChanged(tx, mentor, mentee));
			}
		});
		told(cards, mentor, mentee, false);
		return get(mentor, mentee);
	}

	/**
	 * Writes the agreement of an active mentorship (by either side; the whole agreement,
	 * so writing it twice leaves the same record).
	 * @param by person id of the side writing it (or null for an admin)
	 */
	Mentorship agree(String mentor, String mentee, Agreement.AgreementInput input, String by) {
		Map<String, Object> params = new HashMap<>();
		params.put("mentor", mentor);
		params.put("mentee", mentee);
		params.put("goals", required("goals", input.goals(), 2000));
		params.put("frequency", oneOf("frequency", input.frequency(), Agreement.FREQUENCIES));
		params.put("format", oneOf("format", input.format(), Agreement.FORMATS));
		params.put("reviewOn", date("reviewOn", input.reviewOn()));
		params.put("by", by);
		inTransaction(tx -> {
			lockMentor(tx, mentor);
			MapAccessor state = state(tx, mentor, mentee);
			requireStatus(state, List.of("ACTIVE"), "given an agreement");
			tx.run(Cypher.query("mentorships/agreement"), params);
		});
		return get(mentor, mentee);
	}

	/**
	 * Pauses or resumes new requests to a mentor without changing their capacity. The
	 * person's card as committed (whose {@code openToMentoring} is false while paused)
	 * goes to the change log and is applied in place before this answers, so mentor
	 * search stops (or resumes) recommending them at once, here and on other instances.
	 */
	void setAvailable(String person, boolean available) {
		List<ChangeLog.Change> cards = new ArrayList<>();
		inTransaction(tx -> {
			cards.clear();
			if (tx.run(Cypher.query("mentorships/set-available"), Map.of("person", person, "available", available))
				.isEmpty()) {
				throw Problems.notFound("person", person);
			}
			List<ChangeLog.Change> changed = this.changeLog.cards(tx, List.of(person));
			this.changeLog.record(tx, changed);
			cards.addAll(changed);
		});
		if (!cards.isEmpty()) {
			this.events.publishEvent(new GraphChanged("mentoring-paused", List.copyOf(cards)));
		}
	}

	/**
	 * Whether the person is one of the two of any mentoring relationship, past or open,
	 * with the other: who may see or touch it.
	 */
	boolean related(String mentor, String mentee) {
		try (Session session = Cypher.session(this.driver)) {
			return !session.executeRead(
					tx -> tx.run(Cypher.query("mentorships/get"), Map.of("mentor", mentor, "mentee", mentee)).list())
				.isEmpty();
		}
	}

	/** The latest relationship between the two, or 404. */
	Mentorship get(String mentor, String mentee) {
		try (Session session = Cypher.session(this.driver)) {
			List<Record> rows = session.executeRead(
					tx -> tx.run(Cypher.query("mentorships/get"), Map.of("mentor", mentor, "mentee", mentee)).list());
			if (rows.isEmpty()) {
				throw Problems.exception(HttpStatus.NOT_FOUND, "mentorship-not-found", "Mentorship not found",
						"No mentoring relationship between these people", Map.of());
			}
			MapAccessor r = rows.get(0);
			return new Mentorship(r.get("mentor").asString(), r.get("mentee").asString(), r.get("status").asString(),
					r.get("programme").asString(null), r.get("since").asString(null), r.get("until").asString(null),
					r.get("requestedAt").asString(null), r.get("decidedAt").asString(null),
					r.get("need").asString(null), agreement(r));
		}
	}

	private void inTransaction(java.util.function.Consumer<WriteTx> work) {
		this.writes.execute(tx -> {
			work.accept(tx);
			return null;
		});
	}

	private static MapAccessor lockMentor(WriteTx tx, String mentor) {
		List<? extends MapAccessor> rows = tx.run(Cypher.query("mentorships/lock-mentor"), Map.of("mentor", mentor));
		if (rows.isEmpty()) {
			throw Problems.notFound("person", mentor);
		}
		return rows.get(0);
	}

	/**
	 * Fails unless the person exists, as seen by this transaction (people's one query for
	 * it).
	 */
	private static void requirePerson(WriteTx tx, String id) {
		if (!tx.single(Cypher.query("people/exists"), Map.of("id", id)).get("found").asBoolean()) {
			throw Problems.notFound("person", id);
		}
	}

	private static MapAccessor state(WriteTx tx, String mentor, String mentee) {
		return tx.single(Cypher.query("mentorships/state"), Map.of("mentor", mentor, "mentee", mentee));
	}

	/** The agreement columns of a row, or null when nobody wrote one. */
	static Agreement agreement(MapAccessor r) {
		if (r.get("frequency").isNull()) {
			return null;
		}
		return new Agreement(r.get("goals").asString(null), r.get("frequency").asString(null),
				r.get("format").asString(null), r.get("reviewOn").asString(null),
				r.get("agreementUpdatedBy").asString(null), r.get("agreementUpdatedAt").asString(null));
	}

	private boolean latestIs(WriteTx tx, String mentor, String mentee, String status) {
		List<? extends MapAccessor> rows = tx.run(Cypher.query("mentorships/get"),
				Map.of("mentor", mentor, "mentee", mentee));
		return !rows.isEmpty() && status.equals(rows.get(0).get("status").asString(null));
	}

	/** A need id of the vocabulary, or null when none was given. */
	static String need(String need) {
		String n = blankToNull(need);
		if (n != null && !Needs.IDS.contains(n)) {
			throw Problems.badRequest("need", "Unknown need '" + n + "'; use one of " + String.join(", ", Needs.IDS));
		}
		return n;
	}

	private static String required(String field, String value, int max) {
		String v = blankToNull(value);
		if (v == null) {
			throw Problems.badRequest(field, "'" + field + "' is required");
		}
		if (v.length() > max) {
			throw Problems.badRequest(field, "'" + field + "' has at most " + max + " characters");
		}
		return v;
	}

	private static String oneOf(String field, String value, List<String> allowed) {
		String v = blankToNull(value);
		if (v == null || !allowed.contains(v)) {
			throw Problems.badRequest(field, "'" + field + "' must be one of " + String.join(", ", allowed));
		}
		return v;
	}

	private static String date(String field, String value) {
		String v = blankToNull(value);
		if (v == null) {
			return null;
		}
		try {
			return LocalDate.parse(v).toString();
		}
		catch (DateTimeParseException ex) {
			throw Problems.badRequest(field, "'" + field + "' must be a date as yyyy-mm-dd");
		}
	}

	private static void requireStatus(MapAccessor state, List<String> wanted, String verb) {
		String status = state.get("status").asString(null);
		if (status == null || !wanted.contains(status)) {
			throw Problems.exception(HttpStatus.CONFLICT, "illegal-transition", "Illegal transition",
					(status == null) ? "There is no open mentoring request to be " + verb
							: "A mentorship that is " + status + " cannot be " + verb,
					// with no request at all, the bad input is the person named as mentee
					(status == null) ? Map.of("currentStatus", "NONE", "field", "menteeId")
							: Map.of("currentStatus", status));
		}
	}

	private static void decide(WriteTx tx, String mentor, String mentee, String from, String to) {
		tx.run(Cypher.query("mentorships/decide"), Map.of("mentor", mentor, "mentee", mentee, "from", from, "to", to));
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

}
