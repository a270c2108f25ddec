package org.warmpath.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.warmpath.cypher.Cypher;
import org.warmpath.cypher.WriteTx;
import org.warmpath.cypher.Writes;
import org.warmpath.projection.ChangeLog;
import org.warmpath.projection.GraphChanged;
import org.warmpath.projection.Projection;
import org.warmpath.people.Directory;
import org.warmpath.people.People;
import org.warmpath.people.PersonDetails;
import org.warmpath.people.PersonRow;
import org.warmpath.people.Text;
import org.warmpath.people.UpsertCounts;
import org.warmpath.people.Vocabulary;
import org.warmpath.problems.Problems;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The profile fields a member sets for themselves, and nothing else: an allow-list, so a
 * request body cannot assign roles, ids, ties or any other property. Every value is
 * checked before anything is written, so a bad one is a 400 naming its field and changes
 * nothing; grades, specialties, regions and needs are taken from the {@link Vocabulary}.
 *
 * <p>
 * The fields the in-memory projection shows on a person's card (name, headline, grade,
 * specialty, region, organisation) and the skills go through the people write path
 * ({@link People#upsertOwn}), in the same transaction as the settings, so the next path,
 * directory or mentor answer already shows them.
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

	/** The settings PUT must name (it replaces them all); PATCH may send any field. */
	public static final List<String> SETTINGS = List.of("openToIntroductions", "openToMentoring", "mentorCapacity",
			"connectionVisibility", "headline");

	/** The fields a member may set. */
	public static final List<String> FIELDS = List.of("name", "headline", "grade", "specialty", "region",
			"organisation", "skills", "goals", "needs", "openToIntroductions", "openToMentoring", "mentorCapacity",
			"connectionVisibility");

	/** The fields written through the people write path (card and skills). */
	private static final Set<String> PERSON_FIELDS = Set.of("name", "grade", "specialty", "region", "organisation",
			"skills");

	/** Longest {@code goals}. */
	static final int MAX_GOALS = 1000;

	private static final Set<String> VISIBILITIES = Set.of("connections", "private");

	/** A settings change's transaction timeout. */
	private final Driver driver;

	private final Writes writes;

	private final Projection projection;

	private final ChangeLog changeLog;

	private final ApplicationEventPublisher events;

	private final People people;

	private final Directory directory;

	private final Vocabulary vocabulary;

	ProfileSettings(Driver driver, Writes writes, Projection projection, ChangeLog changeLog,
			ApplicationEventPublisher events, People people, Directory directory, Vocabulary vocabulary) {
		this.driver = driver;
		this.writes = writes;
		this.changeLog = changeLog;
		this.events = events;
		this.projection = projection;
		this.people = people;
		this.directory = directory;
		this.vocabulary = vocabulary;
	}

	/**
	 * The member's goals and needs, which the directory's profile does not show.
	 * @param personId the member's person
	 * @return goals (null when none) and need ids
	 */
	public Own own(String personId) {
		List<Record> rows = Cypher.read(this.driver, "privacy/profile-own", Map.of("id", personId));
		if (rows.isEmpty()) {
			throw Problems.notFound("person", personId);
		}
		Record r = rows.get(0);
		return new Own(r.get("goals").asString(null), r.get("needs").asList(v -> v.asString()));
	}

	/**
	 * A member's goals and needs.
	 *
	 * @param goals free text, or null
	 * @param needs ids from the vocabulary
	 */
	public record Own(String goals, List<String> needs) {
	}

	/**
	 * Validates and writes the member's own settings. The body is a map rather than a
	 * record because presence matters: PUT must name every setting, PATCH leaves out what
	 * it does not change while {@code "headline": null} clears the headline, and a value
	 * of the wrong type or an unknown field is answered with a problem naming that field.
	 * Writing the same body twice leaves the same profile.
	 * @param personId the member's person
	 * @param body the request body
	 * @param replace true for PUT: every setting must be given
	 */
	public void update(String personId, Map<String, Object> body, boolean replace) {
		if (body == null || body.isEmpty()) {
			throw Problems.badRequest("body", "Send at least one of " + FIELDS);
		}
		Map<String, Object> changes = new LinkedHashMap<>();
		Map<String, Object> person = new LinkedHashMap<>();
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
				case "headline" -> changes.put(field, text(field, value, 500, true));
				case "goals" -> changes.put(field, text(field, value, MAX_GOALS, true));
				case "needs" -> {
					List<String> needs = strings(field, value, Vocabulary.needs().size(), 100);
					for (String need : needs) {
						if (!Vocabulary.isNeed(need)) {
							throw Problems.badRequest(field, "'" + shorten(need)
									+ "' is not a need of the vocabulary (GET /api/vocabulary lists their ids)");
						}
					}
					changes.put(field, needs.isEmpty() ? null : needs);
				}
				case "name" -> {
					String name = text(field, value, 200, false);
					if (name == null) {
						throw Problems.badRequest(field, "name must be text of 1 to 200 characters");
					}
					person.put(field, name);
				}
				case "grade" -> {
					String grade = text(field, value, 100, false);
					person.put(field,
							(grade == null) ? null : Vocabulary.grade(grade)
								.orElseThrow(() -> Problems.badRequest(field, "'" + shorten(grade)
										+ "' is not a grade of the vocabulary (GET /api/vocabulary lists their ids)")));
				}
				case "specialty" -> {
					String specialty = text(field, value, 100, false);
					person.put(field, (specialty == null) ? null : this.vocabulary.specialty(specialty)
						.orElseThrow(() -> Problems.badRequest(field, "'" + shorten(specialty)
								+ "' is not a specialty of the vocabulary (GET /api/vocabulary lists their ids)")));
				}
				case "region" -> {
					String region = text(field, value, 100, false);
					person.put(field, (region == null) ? null : this.vocabulary.region(region)
						.orElseThrow(() -> Problems.badRequest(field, "'" + shorten(region)
								+ "' is not a region of the vocabulary (GET /api/vocabulary lists their ids)")));
				}
				case "organisation" -> {
					String organisation = text(field, value, 200, false);
					if (organisation != null && Text.slug(organisation).isEmpty()) {
						throw Problems.badRequest(field, "organisation must have letters or digits");
					}
					person.put(field, organisation);
				}
				case "skills" -> person.put(field, strings(field, value, 50, 100));
				default -> throw Problems.badRequest(field,
						"'" + shorten(field) + "' cannot be changed here; you may set " + FIELDS);
			}
		}
		if (replace) {
			for (String field : SETTINGS) {
				if (!body.containsKey(field)) {
					throw Problems.badRequest(field, "PUT replaces all of " + SETTINGS + "; use PATCH to change some");
				}
			}
		}
		Object consent = changes.get("openToIntroductions");
		Object visibility = changes.get("connectionVisibility");
		boolean visibilitySet = changes.containsKey("connectionVisibility");
		List<ChangeLog.Change> cards = new ArrayList<>(1);
		if (!person.isEmpty()) {
			// the card fields and skills are written as the people write path writes
			// them, with the settings first in the same transaction
			PersonRow row = row(personId, person, changes);
			UpsertCounts counts = this.people.upsertOwn(row,
					tx -> settings(tx, personId, changes, consent != null, visibilitySet, true));
			cards.addAll(counts.changes());
		}
		else {
			// mentor search scores from a catalogue of mentors' attributes: tell it (here
			// and on other instances) when a member opens or closes to mentoring or
			// changes capacity; paths, mutual connections and the network picture show
			// the headline from the projection's person cards: they follow it as they
			// follow mentoring
			boolean card = changes.containsKey("openToMentoring") || changes.containsKey("mentorCapacity")
					|| changes.containsKey("headline");
			this.writes.execute(tx -> {
				cards.clear();
				settings(tx, personId, changes, consent != null, visibilitySet, false);
				if (consent != null) {
					this.changeLog.record(tx, ChangeLog.Change.consent(personId, (Boolean) consent));
				}
				if (visibility != null) {
					this.changeLog.record(tx, ChangeLog.Change.visibility(personId, "private".equals(visibility)));
				}
				if (card) {
					// the card as committed, for this instance's and the others'
					// projections (and their caches of mentors' attributes)
					cards.addAll(this.changeLog.cards(tx, List.of(personId)));
					this.changeLog.record(tx, cards);
				}
				return null;
			});
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

	/**
	 * Writes the settings; a person who is not there is a 404 (which rolls the
	 * transaction back).
	 */
	private void settings(WriteTx tx, String personId, Map<String, Object> changes, boolean consent, boolean visibility,
			boolean rewrite) {
		long n = tx
			.single(Cypher.query("privacy/profile-update"), Map.of("id", personId, "changes", changes, "consent",
					consent, "visibility", visibility, "rewrite", rewrite))
			.get("n")
			.asLong();
		if (n == 0) {
			throw Problems.notFound("person", personId);
		}
	}

	/**
	 * The person as they will be: what they sent over what they are now (programmes,
	 * which a member does not set, stay as they are).
	 */
	@SuppressWarnings("unchecked")
	private PersonRow row(String personId, Map<String, Object> person, Map<String, Object> changes) {
		PersonDetails now = this.directory.find(personId).orElseThrow(() -> Problems.notFound("person", personId));
		List<String> programmes = now.programmes().stream().map(g -> g.name() + " (" + g.as() + ")").toList();
		Object capacity = changes.getOrDefault("mentorCapacity", (long) now.mentorCapacity());
		return new PersonRow(personId, (String) person.getOrDefault("name", now.name()),
				changes.containsKey("headline") ? (String) changes.get("headline") : now.headline(),
				(String) person.getOrDefault("grade", now.grade()),
				(String) person.getOrDefault("specialty", now.specialty()),
				(String) person.getOrDefault("region", now.region()),
				(String) person.getOrDefault("organisation", now.organisation()),
				(List<String>) person.getOrDefault("skills", now.skills()),
				(Boolean) changes.getOrDefault("openToIntroductions", now.openToIntroductions()),
				(Boolean) changes.getOrDefault("openToMentoring", now.openToMentoring()), ((Long) capacity).intValue(),
				programmes);
	}

	/**
	 * Text of at most {@code max} characters without control characters (line breaks
	 * allowed where {@code lines}), stripped; null or blank is null.
	 */
	private static String text(String field, Object value, int max, boolean lines) {
		if (value == null) {
			return null;
		}
		if (!(value instanceof String s) || s.length() > max
				|| s.chars().anyMatch(c -> Character.isISOControl(c) && !(lines && (c == '\n' || c == '\r')))) {
			throw Problems.badRequest(field, field + " must be text of at most " + max + " characters");
		}
		return s.isBlank() ? null : s.strip();
	}

	/** A list of distinct non-blank texts; null is the empty list. */
	private static List<String> strings(String field, Object value, int maxItems, int maxLength) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list) || list.size() > maxItems) {
			throw Problems.badRequest(field, field + " must be a list of at most " + maxItems + " texts");
		}
		Set<String> items = new java.util.LinkedHashSet<>();
		for (Object item : list) {
			String s = text(field, item, maxLength, false);
			if (s == null) {
				throw Problems.badRequest(field, field + " must not hold blank or non-text items");
			}
			items.add(s);
		}
		return List.copyOf(items);
	}

	private static String shorten(String s) {
		return (s.length() > 60) ? s.substring(0, 60) + "…" : s;
	}

}
