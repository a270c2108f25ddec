package org.warmpath.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One person as people.csv and the People API describe them: the one shape both write
 * through {@link PersonWrites}, so a person is validated and stored the same way whatever
 * their source.
 *
 * <p>
 * The constructor normalises (text stripped, blank text {@code null}, lists without
 * blanks or repeats) and validates; an invalid row throws
 * {@link IllegalArgumentException} whose message is the reason shown to the user.
 * {@code organisation} and {@code programmes} are names; their ids are slugs of the
 * names. A programme may end in {@code (mentor)}, {@code (mentee)} or {@code (member)} to
 * say how the person takes part; otherwise it is {@code mentor} for people open to
 * mentoring and {@code member} for everyone else.
 *
 * @param id business key, required
 * @param name display name, required
 * @param headline one line about the person
 * @param grade free-text grade; {@link Grades#seniority(String)} derives the seniority
 * @param specialty specialty name
 * @param region region name
 * @param organisation name of the employer
 * @param skills skill names
 * @param openToIntroductions whether they may stand in the middle of a path; a person who
 * set it themselves through {@code /api/me} keeps their own value (see
 * {@code people/upsert})
 * @param openToMentoring whether they take mentees
 * @param mentorCapacity how many mentees at most, 0..50
 * @param programmes names of the programmes they belong to
 */
public record PersonRow(String id, String name, String headline, String grade, String specialty, String region,
		String organisation, List<String> skills, boolean openToIntroductions, boolean openToMentoring,
		int mentorCapacity, List<String> programmes) {

	/** Largest accepted {@code mentorCapacity}. */
	public static final int MAX_MENTOR_CAPACITY = 50;

	/** Longest accepted id. */
	public static final int MAX_ID_LENGTH = 200;

	public PersonRow {
		id = Text.clean(id);
		name = Text.clean(name);
		if (id == null) {
			throw new IllegalArgumentException("blank id");
		}
		if (id.length() > MAX_ID_LENGTH) {
			throw new IllegalArgumentException("id longer than " + MAX_ID_LENGTH + " characters");
		}
		if (name == null) {
			throw new IllegalArgumentException("blank name for id '" + Text.shorten(id) + "'");
		}
		headline = Text.clean(headline);
		grade = Text.clean(grade);
		specialty = Text.clean(specialty);
		region = Text.clean(region);
		organisation = Text.clean(organisation);
		if (organisation != null && Text.slug(organisation).isEmpty()) {
			throw new IllegalArgumentException(
					"organisation '" + Text.shorten(organisation) + "' has no letters or digits to make an id from");
		}
		skills = Text.list(skills);
		programmes = Text.list(programmes);
		for (String programme : programmes) {
			if (Text.slug(stripRole(programme)).isEmpty()) {
				throw new IllegalArgumentException(
						"programme '" + Text.shorten(programme) + "' has no letters or digits to make an id from");
			}
		}
		if (mentorCapacity < 0 || mentorCapacity > MAX_MENTOR_CAPACITY) {
			throw new IllegalArgumentException(
					"mentorCapacity " + mentorCapacity + " is outside 0.." + MAX_MENTOR_CAPACITY);
		}
	}

	/**
	 * A person with just an id and a name, everything else defaulted: closed to
	 * introductions (consent is opt-in) and to mentoring.
	 */
	public static PersonRow of(String id, String name) {
		return new PersonRow(id, name, null, null, null, null, null, List.of(), false, false, 0, List.of());
	}

	/**
	 * The seniority ordinal derived from {@link #grade()}.
	 * @return 0..5 or {@code null}
	 */
	public Integer seniority() {
		return Grades.seniority(this.grade);
	}

	/**
	 * The id of {@link #organisation()}.
	 * @return its slug, or {@code null}
	 */
	public String organisationId() {
		return (this.organisation != null) ? Text.slug(this.organisation) : null;
	}

	/**
	 * A batch as the parameters of {@code people/upsert}: the distinct shared nodes it
	 * names ({@link #sharedParameters(List, List, List)}) and {@code $rows}, each row
	 * naming its specialty, region, employer, skills and programmes by their positions in
	 * those lists ({@code specialtyAt}, {@code regionAt}, {@code organisationAt}: a list
	 * of none or one; {@code skillsAt}; {@code programmesAt}: {@code [{at, as}]}).
	 *
	 * <p>
	 * Why positions: the query merges each shared node once per batch and collects them;
	 * a row then links to its nodes by position, with no index seek per row and value
	 * (issue 13: the seeks were a fifth of a people batch's CPU).
	 * @param rows the batch
	 * @return the parameters
	 */
	static Map<String, Object> batchParameters(List<PersonRow> rows) {
		List<String> organisationIds = organisationIds(rows);
		List<List<Map<String, Object>>> memberships = memberships(rows);
		Map<String, Object> shared = sharedParameters(rows, organisationIds, memberships);
		Map<String, Integer> specialties = positions(shared.get("specialties"));
		Map<String, Integer> regions = positions(shared.get("regions"));
		Map<String, Integer> skills = positions(shared.get("skills"));
		Map<String, Integer> organisations = positionsOfIds(shared.get("organisations"));
		Map<String, Integer> programmes = positionsOfIds(shared.get("programmes"));
		List<Map<String, Object>> list = new ArrayList<>(rows.size());
		for (int r = 0; r < rows.size(); r++) {
			PersonRow row = rows.get(r);
			List<Integer> skillsAt = new ArrayList<>(row.skills.size());
			for (String skill : row.skills) {
				skillsAt.add(skills.get(skill));
			}
			List<Map<String, Object>> programmesAt = new ArrayList<>(row.programmes.size());
			for (Map<String, Object> membership : memberships.get(r)) {
				programmesAt
					.add(Map.of("at", programmes.get((String) membership.get("id")), "as", membership.get("as")));
			}
			Map<String, Object> parameters = new HashMap<>(32);
			parameters.put("id", row.id);
			parameters.put("name", row.name);
			parameters.put("headline", row.headline);
			parameters.put("grade", row.grade);
			parameters.put("seniority", row.seniority());
			parameters.put("openToIntroductions", row.openToIntroductions);
			parameters.put("openToMentoring", row.openToMentoring);
			parameters.put("mentorCapacity", row.mentorCapacity);
			parameters.put("fingerprint", row.fingerprint());
			parameters.put("specialtyAt", at(specialties, row.specialty));
			parameters.put("regionAt", at(regions, row.region));
			parameters.put("organisationAt", at(organisations, organisationIds.get(r)));
			parameters.put("skillsAt", skillsAt);
			parameters.put("programmesAt", programmesAt);
			list.add(parameters);
		}
		Map<String, Object> parameters = new HashMap<>(shared);
		parameters.put("rows", list);
		return parameters;
	}

	/**
	 * The distinct shared nodes a batch names, as the parameters {@code people/upsert}
	 * merges once per batch: {@code specialties}, {@code regions}, {@code skills} (names)
	 * and {@code organisations}, {@code programmes} ({@code {id, name}}, the first row's
	 * name for an id, as a per-row MERGE would have created it). Each list is sorted, so
	 * that batches written at once take the locks of the shared nodes they create in one
	 * order and never deadlock on them. Given each row's organisation id and memberships
	 * (slugs are regular expressions: a batch computes them once per row).
	 */
	private static Map<String, Object> sharedParameters(List<PersonRow> rows, List<String> organisationIds,
			List<List<Map<String, Object>>> memberships) {
		Set<String> specialties = new TreeSet<>();
		Set<String> regions = new TreeSet<>();
		Set<String> skills = new TreeSet<>();
		Map<String, Map<String, Object>> organisations = new TreeMap<>();
		Map<String, Map<String, Object>> programmes = new TreeMap<>();
		for (int i = 0; i < rows.size(); i++) {
			PersonRow row = rows.get(i);
			if (row.specialty != null) {
				specialties.add(row.specialty);
			}
			if (row.region != null) {
				regions.add(row.region);
			}
			skills.addAll(row.skills);
			String organisationId = organisationIds.get(i);
			if (organisationId != null) {
				organisations.putIfAbsent(organisationId, Map.of("id", organisationId, "name", row.organisation));
			}
			for (Map<String, Object> membership : memberships.get(i)) {
				programmes.putIfAbsent((String) membership.get("id"),
						Map.of("id", membership.get("id"), "name", membership.get("name")));
			}
		}
		return Map.of("specialties", List.copyOf(specialties), "regions", List.copyOf(regions), "skills",
				List.copyOf(skills), "organisations", List.copyOf(organisations.values()), "programmes",
				List.copyOf(programmes.values()));
	}

	private static List<String> organisationIds(List<PersonRow> rows) {
		List<String> ids = new ArrayList<>(rows.size());
		for (PersonRow row : rows) {
			ids.add(row.organisationId());
		}
		return ids;
	}

	private static List<List<Map<String, Object>>> memberships(List<PersonRow> rows) {
		List<List<Map<String, Object>>> memberships = new ArrayList<>(rows.size());
		for (PersonRow row : rows) {
			memberships.add(row.memberships());
		}
		return memberships;
	}

	private static List<Integer> at(Map<String, Integer> positions, String key) {
		return (key != null) ? List.of(positions.get(key)) : List.of();
	}

	private static Map<String, Integer> positions(Object names) {
		Map<String, Integer> positions = new HashMap<>();
		for (Object name : (List<?>) names) {
			positions.put((String) name, positions.size());
		}
		return positions;
	}

	private static Map<String, Integer> positionsOfIds(Object nodes) {
		Map<String, Integer> positions = new HashMap<>();
		for (Object node : (List<?>) nodes) {
			positions.put((String) ((Map<?, ?>) node).get("id"), positions.size());
		}
		return positions;
	}

	/**
	 * The programmes as {@code {id, name, as}}, one per programme id (public for the bulk
	 * load of an empty store, which writes what {@code people/upsert} would).
	 */
	public List<Map<String, Object>> memberships() {
		List<Map<String, Object>> memberships = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (String programme : this.programmes) {
			String name = stripRole(programme);
			String id = Text.slug(name);
			if (ids.add(id)) {
				memberships.add(Map.of("id", id, "name", name, "as", role(programme)));
			}
		}
		return memberships;
	}

	/**
	 * A hash of everything the row writes, stored on the person so that an identical row
	 * is recognised without reading the person's relationships. Lists are compared as
	 * sets. The leading version changes whenever what a row writes changes.
	 */
	public String fingerprint() {
		StringBuilder text = new StringBuilder("v1");
		for (Object value : new Object[] { this.id, this.name, this.headline, this.grade, this.specialty, this.region,
				this.organisation, new TreeSet<>(this.skills), this.openToIntroductions, this.openToMentoring,
				this.mentorCapacity, new TreeSet<>(this.programmes) }) {
			text.append('\u0000').append(value);
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String role(String programme) {
		String lower = programme.toLowerCase(Locale.ROOT);
		for (String role : new String[] { "mentor", "mentee", "member" }) {
			if (lower.endsWith("(" + role + ")")) {
				return role;
			}
		}
		return this.openToMentoring ? "mentor" : "member";
	}

	private static String stripRole(String programme) {
		String lower = programme.toLowerCase(Locale.ROOT);
		for (String role : new String[] { "(mentor)", "(mentee)", "(member)" }) {
			if (lower.endsWith(role)) {
				return programme.substring(0, programme.length() - role.length()).strip();
			}
		}
		return programme;
	}

}
