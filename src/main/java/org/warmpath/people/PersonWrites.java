package org.warmpath.people;

import java.util.List;
import java.util.Map;

import org.warmpath.ingest.Imports;
import org.warmpath.ingest.PersonRow;
import org.warmpath.ingest.TieRow;
import org.warmpath.ingest.UpsertResult;
import org.warmpath.projection.Projection;
import org.warmpath.problems.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Admin edits of people and ties, written through the importer's single-row path (one
 * write path for CSV and API) and reflected in the projection before the call returns.
 */
@Service
public class PersonWrites {

	private final Imports imports;

	private final Directory directory;

	private final Projection projection;

	PersonWrites(Imports imports, Directory directory, Projection projection) {
		this.imports = imports;
		this.directory = directory;
		this.projection = projection;
	}

	/**
	 * Creates or replaces a person.
	 * @param id the person
	 * @param input the fields
	 * @param mustBeNew fail with 409 when the person exists
	 * @return what happened
	 */
	public UpsertResult save(String id, PersonInput input, boolean mustBeNew) {
		if (mustBeNew && this.directory.exists(id)) {
			throw Problems.conflict("person-exists", "A person with id '" + id + "' already exists");
		}
		PersonRow row;
		try {
			row = new PersonRow(id, input.name(), input.headline(), input.grade(), input.specialty(), input.region(),
					input.organisation(), nonNull(input.skills()),
					input.openToIntroductions() == null || input.openToIntroductions(),
					input.openToMentoring() != null && input.openToMentoring(),
					input.mentorCapacity() == null ? 0 : input.mentorCapacity(), nonNull(input.programmes()));
		}
		catch (IllegalArgumentException ex) {
			throw Problems.exception(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", ex.getMessage(),
					Map.of());
		}
		UpsertResult result = this.imports.upsertPerson(row);
		this.projection.consentChanged(id, row.openToIntroductions());
		return result;
	}

	/**
	 * Deletes a person and their ties.
	 * @param id the person
	 */
	public void delete(String id) {
		if (!this.imports.deletePerson(id)) {
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
		for (String id : List.of(a, b)) {
			if (!this.directory.exists(id)) {
				throw Problems.notFound("person", id);
			}
		}
		TieRow row = new TieRow(a, b, input.strength() == null ? TieRow.DEFAULT_STRENGTH : input.strength(),
				input.context(), input.since());
		return this.imports.upsertTie(row);
	}

	/**
	 * Deletes the tie between two people.
	 * @param a one person
	 * @param b the other
	 */
	public void deleteTie(String a, String b) {
		if (!this.imports.deleteTie(a, b)) {
			throw Problems.exception(HttpStatus.NOT_FOUND, "tie-not-found", "Tie not found",
					"'" + a + "' and '" + b + "' are not connected", Map.of("source", a, "target", b));
		}
		this.projection.tieRemoved(a, b);
	}

	private static List<String> nonNull(List<String> list) {
		return (list == null) ? List.of() : list;
	}

}
