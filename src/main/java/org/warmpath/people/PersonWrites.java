package org.warmpath.people;

import java.util.List;
import java.util.Map;

import org.warmpath.problems.Problems;
import org.warmpath.projection.ChangeLog.Change;
import org.warmpath.projection.GraphChanged;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.Projection;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Admin edits of people and ties, written as batches of one through {@link People} (the
 * write path of CSV imports too), told to listeners at once and reflected in the
 * projection before the call returns.
 */
@Service
public class PersonWrites {

	/** The {@code source} of ties made through the People API. */
	static final String API = "api";

	private final People people;

	private final Projection projection;

	private final ApplicationEventPublisher events;

	PersonWrites(People people, Projection projection, ApplicationEventPublisher events) {
		this.people = people;
		this.projection = projection;
		this.events = events;
	}

	/**
	 * Creates or replaces a person. Consent is opt-in: a person is open to introductions
	 * only when {@code input} says so. A person who set their consent themselves
	 * ({@code /api/me}) keeps it when the field is left out; an admin may close them by
	 * sending {@code false}, and sending {@code true} for someone who closed themselves
	 * is a 409 {@code consent-owned-by-member} that changes nothing.
	 * @param id the person
	 * @param input the fields
	 * @param mustBeNew fail with 409 when the person exists
	 * @return what happened
	 */
	public UpsertResult save(String id, PersonInput input, boolean mustBeNew) {
		if (mustBeNew && this.people.exists(id)) {
			throw Problems.conflict("person-exists", "A person with id '" + id + "' already exists");
		}
		PersonRow row;
		try {
			row = new PersonRow(id, input.name(), input.headline(), input.grade(), input.specialty(), input.region(),
					input.organisation(), nonNull(input.skills()),
					input.openToIntroductions() != null && input.openToIntroductions(),
					input.openToMentoring() != null && input.openToMentoring(),
					input.mentorCapacity() == null ? 0 : input.mentorCapacity(), nonNull(input.programmes()));
		}
		catch (IllegalArgumentException ex) {
			throw Problems.exception(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", ex.getMessage(),
					Map.of());
		}
		// only an explicit false closes a member who opened themselves: an edit that
		// leaves
		// the field out is not a decision about their consent
		// and one that asks to open a member who closed themselves is refused whole (409)
		boolean consentGiven = input.openToIntroductions() != null;
		UpsertCounts counts = this.people.upsertPeople(List.of(row), consentGiven, consentGiven);
		UpsertResult result = result(counts, "person");
		// a member's own consent the edit could not change stays as it was: the opposite
		// of the row's
		this.projection.consentChanged(id, row.openToIntroductions() != counts.consentKept().contains(id));
		return result;
	}

	/**
	 * Deletes a person and their ties.
	 * @param id the person
	 */
	public void delete(String id) {
		if (!remove(id)) {
			throw Problems.notFound("person", id);
		}
		this.projection.personRemoved(id);
	}

	/**
	 * Creates or changes the tie between two people.
	 * @param a one person
	 * @param b the other
	 * @param input strength, context, since
	 * @return what happened
	 */
	public UpsertResult saveTie(String a, String b, TieInput input) {
		if (a.equals(b)) {
			throw Problems.badRequest("target", "A person cannot know themselves");
		}
		return upsertTie(new TieRow(a, b, input.strength() == null ? TieRow.DEFAULT_STRENGTH : input.strength(),
				input.context(), input.since()));
	}

	/**
	 * Deletes the tie between two people.
	 * @param a one person
	 * @param b the other
	 */
	public void deleteTie(String a, String b) {
		if (!removeTie(a, b)) {
			throw Problems.exception(HttpStatus.NOT_FOUND, "tie-not-found", "Tie not found",
					"'" + a + "' and '" + b + "' are not connected", Map.of("source", a, "target", b));
		}
		this.projection.tieRemoved(a, b);
	}

	/**
	 * Creates or replaces one person, exactly as a people.csv row would (a consent the
	 * person set themselves is kept).
	 */
	UpsertResult upsert(PersonRow row) {
		return result(this.people.upsertPeople(List.of(row)), "person");
	}

	/**
	 * Creates or updates the tie between two existing people, exactly as a
	 * connections.csv row would, as a tie from the API.
	 * @throws org.springframework.web.ErrorResponseException 404 when either person does
	 * not exist
	 */
	UpsertResult upsertTie(TieRow row) {
		requireExists(row.source());
		requireExists(row.target());
		return result(this.people.upsertTies(List.of(row), API), "tie");
	}

	/**
	 * 404 unless the person exists. The projection holds everyone written on this
	 * instance (and, through the change feed, on the others), so only an id it does not
	 * hold (unknown, or created elsewhere moments ago) costs a Neo4j read: a tie write
	 * made two read round trips before its transaction for this check (issue 13).
	 */
	private void requireExists(String id) {
		KnowsGraph g = this.projection.snapshot().graph();
		int idx = g.indexOf(id);
		if (idx < 0 || g.isRemoved(idx)) {
			this.people.requireExists(id);
		}
	}

	/** Deletes a person with all their relationships; whether there was one. */
	boolean remove(String id) {
		boolean removed = this.people.delete(id);
		if (removed) {
			this.projection.personRemoved(id);
		}
		// the projection removes them in place; caches of people's attributes drop them
		return told(removed, "person", List.of(Change.attributes()));
	}

	/** Deletes the tie between two people; whether there was one. */
	boolean removeTie(String a, String b) {
		return told(this.people.deleteTie(a, b), "tie", List.of(Change.tieRemoved(a, b)));
	}

	/**
	 * Tells listeners (the projection first of all, which applies {@code changes} in
	 * place before this returns; null asks it to re-read Neo4j).
	 */
	private boolean told(boolean changed, String what, List<Change> changes) {
		if (changed) {
			this.events.publishEvent(new GraphChanged(what, changes));
		}
		return changed;
	}

	private UpsertResult result(UpsertCounts counts, String what) {
		told(counts.wrote(), what, counts.changes());
		if (counts.created() > 0) {
			return UpsertResult.CREATED;
		}
		return (counts.updated() > 0) ? UpsertResult.UPDATED : UpsertResult.UNCHANGED;
	}

	private static List<String> nonNull(List<String> list) {
		return (list == null) ? List.of() : list;
	}

}
