package org.warmpath.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.warmpath.cypher.Cypher;
import org.warmpath.projection.ChangeLog;
import org.warmpath.projection.GraphChanged;
import org.warmpath.projection.Projection;
import org.warmpath.problems.Problems;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The profile fields a member sets for themselves, and nothing else: an allow-list, so a
 * request body cannot assign roles, names, ties or any other property.
 *
 * <p>
 * A change of {@code openToIntroductions} or {@code connectionVisibility} is applied to
 * the projection before the write answers, so the next answer already honours it.
 *
 * <p>
 * Consent is the person's: setting {@code openToIntroductions} or
 * {@code connectionVisibility} here records it as their own ({@code consentSetBy},
 * {@code visibilitySetBy} 'self', with the time), so that later admin edits and imports
 * leave it (an admin may still close them, never open them).
 */
@Service
public class ProfileSettings {

	/** The fields a member may set. */
	public static final List<String> FIELDS = List.of("openToIntroductions", "openToMentoring", "mentorCapacity",
			"connectionVisibility", "headline");

	private static final Set<String> VISIBILITIES = Set.of("connections", "private");

	private final Driver driver;

	private final Projection projection;

	private final ChangeLog changeLog;

	private final ApplicationEventPublisher events;

	ProfileSettings(Driver driver, Projection projection, ChangeLog changeLog, ApplicationEventPublisher events) {
		this.driver = driver;
		this.changeLog = changeLog;
		this.events = events;
		this.projection = projection;
	}

	/**
	 * Validates and writes the member's own settings. The body is a map rather than a
	 * record because presence matters: PUT must name every field, PATCH leaves out what
	 * it does not change while {@code "headline": null} clears the headline, and a value
	 * of the wrong type or an unknown field is answered with a problem naming that field.
	 * @param personId the member's person
	 * @param body the request body
	 * @param replace true for PUT: every field must be given
	 */
	public void update(String personId, Map<String, Object> body, boolean replace) {
		if (body == null || body.isEmpty()) {
			throw Problems.badRequest("body", "Send at least one of " + FIELDS);
		}
		Map<String, Object> changes = new LinkedHashMap<>();
		for (Map.Entry<String, Object> e : body.entrySet()) {
			String field = e.getKey();
			Object value = e.getValue();
			switch (field) {
				case "openToIntroductions", "openToMentoring" -> {
					if (!(value instanceof Boolean)) {
						throw Problems.badRequest(field, field + " must be true or false");
					}
					changes.put(field, value);
				}
				case "mentorCapacity" -> {
					if (!(value instanceof Integer n) || n < 0 || n > 50) {
						throw Problems.badRequest(field, "mentorCapacity must be a whole number from 0 to 50");
					}
					changes.put(field, ((Integer) value).longValue());
				}
				case "connectionVisibility" -> {
					if (!(value instanceof String v) || !VISIBILITIES.contains(v)) {
						throw Problems.badRequest(field, "connectionVisibility must be connections or private");
					}
					changes.put(field, value);
				}
				case "headline" -> {
					if (value != null && (!(value instanceof String h) || h.length() > 500
							|| h.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n'))) {
						throw Problems.badRequest(field, "headline must be text of at most 500 characters");
					}
					changes.put(field, (value == null || ((String) value).isBlank()) ? null : ((String) value).strip());
				}
				default -> throw Problems.badRequest(field,
						"'" + shorten(field) + "' cannot be changed here; you may set " + FIELDS);
			}
		}
		if (replace) {
			for (String field : FIELDS) {
				if (!body.containsKey(field)) {
					throw Problems.badRequest(field, "PUT replaces all of " + FIELDS + "; use PATCH to change some");
				}
			}
		}
		Object consent = changes.get("openToIntroductions");
		// mentor search scores from a catalogue of mentors' attributes: tell it (here and
		// on
		// other instances) when a member opens or closes to mentoring or changes capacity
		boolean mentoring = changes.containsKey("openToMentoring") || changes.containsKey("mentorCapacity");
		Object visibility = changes.get("connectionVisibility");
		// paths, mutual connections and the network picture show the headline from the
		// projection's person cards: they follow it as they follow mentoring
		boolean headline = changes.containsKey("headline");
		long updated;
		List<ChangeLog.Change> cards = new ArrayList<>(1);
		try (Session session = Cypher.session(this.driver)) {
			updated = session.executeWrite(tx -> {
				cards.clear();
				long n = tx
					.run(Cypher.query("privacy/profile-update"), Map.of("id", personId, "changes", changes, "consent",
							consent != null, "visibility", changes.containsKey("connectionVisibility")))
					.single()
					.get("n")
					.asLong();
				if (n > 0 && consent != null) {
					this.changeLog.record(tx, ChangeLog.Change.consent(personId, (Boolean) consent));
				}
				if (n > 0 && visibility != null) {
					this.changeLog.record(tx, ChangeLog.Change.visibility(personId, "private".equals(visibility)));
				}
				if (n > 0 && (mentoring || headline)) {
					// the card as committed, for this instance's and the others'
					// projections (and their caches of mentors' attributes)
					cards.addAll(this.changeLog.cards(tx, List.of(personId)));
					this.changeLog.record(tx, cards);
				}
				return n;
			});
		}
		if (updated == 0) {
			throw Problems.notFound("person", personId);
		}
		if (consent != null) {
			this.projection.consentChanged(personId, (Boolean) consent);
		}
		if (visibility != null) {
			this.projection.visibilityChanged(personId, "private".equals(visibility));
		}
		if (!cards.isEmpty()) {
			// the card replaced in place before this answers
			this.events.publishEvent(new GraphChanged("profile", List.copyOf(cards)));
		}
	}

	private static String shorten(String s) {
		return (s.length() > 60) ? s.substring(0, 60) + "…" : s;
	}

}
