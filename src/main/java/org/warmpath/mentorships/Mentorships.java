package org.warmpath.mentorships;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.warmpath.projection.ChangeLog;
import org.warmpath.projection.GraphChanged;
import org.warmpath.cypher.Cypher;
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

	private final Driver driver;

	private final ChangeLog changeLog;

	private final ApplicationEventPublisher events;

	Mentorships(Driver driver, ChangeLog changeLog, ApplicationEventPublisher events) {
		this.driver = driver;
		this.changeLog = changeLog;
		this.events = events;
	}

	/**
	 * Records, in the write's transaction, that a mentorship became or stopped being
	 * ACTIVE: the network picture shows who mentors and who is mentored from the
	 * projection's person cards, so both people's cards as committed go to the change log
	 * (for other instances) and are returned to be applied here, in place, after commit.
	 */
	private List<ChangeLog.Change> activeChanged(TransactionContext tx, String mentor, String mentee) {
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

	/** A mentee asks a mentor. */
	Mentorship request(String mentor, String mentee, MentorshipRequest request) {
		if (mentor.equals(mentee)) {
			throw Problems.badRequest("mentorId", "A person cannot mentor themselves");
		}
		inTransaction(tx -> {
			Record m = lockMentor(tx, mentor);
			requirePerson(tx, mentee);
			if (!m.get("open").asBoolean() || m.get("capacity").asInt() < 1) {
				throw Problems.exception(HttpStatus.CONFLICT, "mentor-not-open", "Conflict",
						"This person is not open to mentoring", Map.of("field", "mentorId"));
			}
			String status = state(tx, mentor, mentee).get("status").asString(null);
			if (status != null) {
				throw Problems.conflict("mentorship-exists",
						"There is already a " + status.toLowerCase() + " mentoring relationship between these people");
			}
			Map<String, Object> params = new HashMap<>();
			params.put("mentor", mentor);
			params.put("mentee", mentee);
			params.put("programme", blankToNull(request.programme()));
			params.put("message", blankToNull(request.message()));
			tx.run(Cypher.query("mentorships/request"), params).consume();
		});
		return get(mentor, mentee);
	}

	/** The mentor accepts: only while below capacity. */
	Mentorship accept(String mentor, String mentee) {
		List<ChangeLog.Change> cards = new ArrayList<>();
		inTransaction(tx -> {
			cards.clear();
			Record m = lockMentor(tx, mentor);
			Record state = state(tx, mentor, mentee);
			requireStatus(state, "REQUESTED", "accepted");
			int active = state.get("active").asInt();
			int capacity = m.get("capacity").asInt();
			if (active >= capacity) {
				throw Problems.exception(HttpStatus.CONFLICT, "mentor-capacity-reached", "Mentor at capacity",
						"The mentor already has " + active + " active mentees (capacity " + capacity + ")",
						Map.of("capacity", capacity, "active", active));
			}
			decide(tx, mentor, mentee, "REQUESTED", "ACTIVE");
			cards.addAll(activeChanged(tx, mentor, mentee));
		});
		told(cards, mentor, mentee, true);
		return get(mentor, mentee);
	}

	/** The mentor declines a request. */
	Mentorship decline(String mentor, String mentee) {
		inTransaction(tx -> {
			lockMentor(tx, mentor);
			requireStatus(state(tx, mentor, mentee), "REQUESTED", "declined");
			decide(tx, mentor, mentee, "REQUESTED", "DECLINED");
		});
		return get(mentor, mentee);
	}

	/** Either side ends an active relationship (or the mentee withdraws a request). */
	Mentorship end(String mentor, String mentee) {
		List<ChangeLog.Change> cards = new ArrayList<>();
		inTransaction(tx -> {
			cards.clear();
			lockMentor(tx, mentor);
			String status = state(tx, mentor, mentee).get("status").asString(null);
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

	/** The latest relationship between the two, or 404. */
	Mentorship get(String mentor, String mentee) {
		try (Session session = Cypher.session(this.driver)) {
			List<Record> rows = session.executeRead(
					tx -> tx.run(Cypher.query("mentorships/get"), Map.of("mentor", mentor, "mentee", mentee)).list());
			if (rows.isEmpty()) {
				throw Problems.exception(HttpStatus.NOT_FOUND, "mentorship-not-found", "Mentorship not found",
						"No mentoring relationship between these people", Map.of());
			}
			Record r = rows.get(0);
			return new Mentorship(r.get("mentor").asString(), r.get("mentee").asString(), r.get("status").asString(),
					r.get("programme").asString(null), r.get("since").asString(null), r.get("until").asString(null),
					r.get("requestedAt").asString(null), r.get("decidedAt").asString(null));
		}
	}

	private void inTransaction(java.util.function.Consumer<TransactionContext> work) {
		try (Session session = Cypher.session(this.driver)) {
			session.executeWrite(tx -> {
				work.accept(tx);
				return null;
			});
		}
	}

	private static Record lockMentor(TransactionContext tx, String mentor) {
		List<Record> rows = tx.run(Cypher.query("mentorships/lock-mentor"), Map.of("mentor", mentor)).list();
		if (rows.isEmpty()) {
			throw Problems.notFound("person", mentor);
		}
		return rows.get(0);
	}

	/**
	 * Fails unless the person exists, as seen by this transaction (people's one query for
	 * it).
	 */
	private static void requirePerson(TransactionContext tx, String id) {
		if (!tx.run(Cypher.query("people/exists"), Map.of("id", id)).single().get("found").asBoolean()) {
			throw Problems.notFound("person", id);
		}
	}

	private static Record state(TransactionContext tx, String mentor, String mentee) {
		return tx.run(Cypher.query("mentorships/state"), Map.of("mentor", mentor, "mentee", mentee)).single();
	}

	private static void requireStatus(Record state, String wanted, String verb) {
		String status = state.get("status").asString(null);
		if (!wanted.equals(status)) {
			throw Problems.exception(HttpStatus.CONFLICT, "illegal-transition", "Illegal transition",
					(status == null) ? "There is no open mentoring request to be " + verb
							: "A mentorship that is " + status + " cannot be " + verb,
					Map.of("currentStatus", (status == null) ? "NONE" : status));
		}
	}

	private static void decide(TransactionContext tx, String mentor, String mentee, String from, String to) {
		tx.run(Cypher.query("mentorships/decide"), Map.of("mentor", mentor, "mentee", mentee, "from", from, "to", to))
			.consume();
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

}
