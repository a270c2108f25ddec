package org.warmpath.programmes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.graphdb.ConstraintViolationException;
import org.neo4j.graphdb.QueryExecutionException;
import org.warmpath.accounts.Caller;
import org.warmpath.cypher.Cypher;
import org.warmpath.cypher.WriteTx;
import org.warmpath.cypher.Writes;
import org.warmpath.people.Directory;
import org.warmpath.people.PersonSummary;
import org.warmpath.people.ProgrammeMembershipChanged;
import org.warmpath.people.Text;
import org.warmpath.problems.Problems;
import org.warmpath.visibility.Viewer;
import org.warmpath.visibility.Visibility;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Reads and writes programmes and their memberships. Who may do what is checked here, not
 * only in the controller, so that every caller of a write goes through the same rule:
 * admins create and edit programmes; admins and a programme's leads change its members.
 */
@Service
public class Programmes {

	/** The most programmes one list answers with. */
	public static final int MAX_PROGRAMMES = 500;

	/**
	 * The most members of one programme read for its page: the visibility rule is applied
	 * to them before paging, so a page never comes out short.
	 */
	public static final int MAX_MEMBERS_READ = 10_000;

	/** The most mentors with capacity one programme page shows. */
	public static final int MAX_MENTORS = 50;

	private static final List<String> PARTS = List.of("mentor", "mentee", "member");

	private final Driver driver;

	private final Writes writes;

	private final Directory directory;

	private final Visibility visibility;

	private final ApplicationEventPublisher events;

	Programmes(Driver driver, Writes writes, Directory directory, Visibility visibility,
			ApplicationEventPublisher events) {
		this.driver = driver;
		this.writes = writes;
		this.directory = directory;
		this.visibility = visibility;
		this.events = events;
	}

	/**
	 * The programmes by name with their counts.
	 * @param kind a kind id, or {@code null} for all
	 * @param q part of the name, or {@code null}
	 * @return at most {@link #MAX_PROGRAMMES} programmes
	 */
	public List<Programme> list(String kind, String q) {
		Map<String, Object> params = new HashMap<>();
		params.put("kind", (blankToNull(kind) == null) ? null : kind(kind).id());
		params.put("q", blankToNull(q));
		params.put("limit", MAX_PROGRAMMES);
		return Cypher.read(this.driver, "programmes/list", params).stream().map(Programme::from).toList();
	}

	/**
	 * One programme with its counts.
	 * @param id the programme
	 * @return it, or empty when there is none
	 */
	public Optional<Programme> find(String id) {
		return Cypher.read(this.driver, "programmes/by-id", Map.of("id", id)).stream().findFirst().map(Programme::from);
	}

	/**
	 * One programme with a page of its members and its mentors with capacity, each shown
	 * only when the visibility rule lets the caller see them.
	 * @param id the programme
	 * @param caller who asks
	 * @param page zero-based page of members
	 * @param size page size
	 * @return the programme
	 */
	public ProgrammeDetails details(String id, Caller caller, int page, int size) {
		Programme programme = find(id).orElseThrow(() -> Problems.notFound("programme", id));
		Viewer viewer = this.visibility.forViewer(caller);
		Map<String, String> parts = new LinkedHashMap<>();
		long hidden = 0;
		for (Record r : Cypher.read(this.driver, "programmes/members", Map.of("id", id, "limit", MAX_MEMBERS_READ))) {
			String personId = r.get("id").asString();
			if (viewer.disclosePerson(personId).identified()) {
				parts.put(personId, r.get("as").asString());
			}
			else {
				hidden++;
			}
		}
		List<String> visible = new ArrayList<>(parts.keySet());
		int from = (int) Math.min((long) page * size, visible.size());
		List<String> pageIds = visible.subList(from, Math.min(from + size, visible.size()));
		List<Record> mentorRows = Cypher.read(this.driver, "programmes/mentors",
				Map.of("id", id, "limit", MAX_MENTORS));
		List<String> wanted = new ArrayList<>(pageIds);
		mentorRows.forEach(r -> wanted.add(r.get("id").asString()));
		Map<String, PersonSummary> cards = this.directory.summaries(wanted);
		List<ProgrammeMember> members = pageIds.stream()
			.filter(cards::containsKey)
			.map(p -> ProgrammeMember.of(cards.get(p), parts.get(p), null))
			.toList();
		List<ProgrammeMember> mentors = mentorRows.stream()
			.filter(r -> cards.containsKey(r.get("id").asString())
					&& viewer.disclosePerson(r.get("id").asString()).identified())
			.map(r -> ProgrammeMember.of(cards.get(r.get("id").asString()), r.get("as").asString(),
					r.get("capacityLeft").asInt()))
			.toList();
		return new ProgrammeDetails(programme.id(), programme.name(), programme.kind(), programme.members(),
				programme.mentors(), programme.mentorsWithCapacity(),
				new ProgrammeDetails.MemberPage(members, page, size, visible.size(), hidden), mentors);
	}

	/**
	 * Creates a programme (admins only); its id is the slug of its name, with a number
	 * added when another programme's name has the same slug.
	 * @param input name (required) and kind
	 * @param caller who asks
	 * @return the new programme
	 */
	public Programme create(ProgrammeInput input, Caller caller) {
		requireAdmin(caller);
		String name = blankToNull(input.name());
		if (name == null) {
			throw Problems.badRequest("name", "A programme needs a name");
		}
		String slug = Text.slug(name);
		if (slug.isEmpty()) {
			throw Problems.badRequest("name", "The name has no letters or digits to make an id from");
		}
		String kind = (blankToNull(input.kind()) == null) ? ProgrammeKind.OTHER.id() : kind(input.kind()).id();
		String id;
		try {
			id = this.writes.execute(tx -> {
				MapAccessor clash = run(tx, "programmes/clash", params("name", name, "slug", slug, "self", null))
					.get(0);
				if (!clash.get("sameName").isNull()) {
					throw exists(name, clash.get("sameName").asString());
				}
				List<String> taken = clash.get("taken").asList(org.neo4j.driver.Value::asString);
				String free = slug;
				for (int n = 2; taken.contains(free); n++) {
					free = slug + "-" + n;
				}
				run(tx, "programmes/create", params("id", free, "name", name, "kind", kind));
				return free;
			});
		}
		catch (RuntimeException ex) {
			if (uniquenessViolated(ex)) {
				throw exists(name, slug);
			}
			throw ex;
		}
		return find(id).orElseThrow();
	}

	/**
	 * Renames a programme or changes its kind (admins only); the id stays.
	 * @param id the programme
	 * @param input the fields to change
	 * @param caller who asks
	 * @return the programme
	 */
	public Programme update(String id, ProgrammeInput input, Caller caller) {
		requireAdmin(caller);
		String name = blankToNull(input.name());
		if (input.name() != null && name == null) {
			throw Problems.badRequest("name", "A programme's name cannot be blank");
		}
		String kind = (blankToNull(input.kind()) == null) ? null : kind(input.kind()).id();
		this.writes.execute(tx -> {
			if (name != null) {
				MapAccessor clash = run(tx, "programmes/clash", params("name", name, "slug", id, "self", id)).get(0);
				if (!clash.get("sameName").isNull()) {
					throw exists(name, clash.get("sameName").asString());
				}
			}
			if (run(tx, "programmes/update", params("id", id, "name", name, "kind", kind)).isEmpty()) {
				throw Problems.notFound("programme", id);
			}
			return null;
		});
		return find(id).orElseThrow(() -> Problems.notFound("programme", id));
	}

	/**
	 * Makes a person a member of a programme, or changes their part; doing it again
	 * changes nothing. Admins and the programme's leads only.
	 * @param id the programme
	 * @param personId the person
	 * @param as {@code mentor}, {@code mentee} or {@code member} ({@code null}: member)
	 * @param caller who asks
	 * @return the membership
	 */
	public Membership join(String id, String personId, String as, Caller caller) {
		requireLead(id, caller);
		String part = (blankToNull(as) == null) ? "member" : as.trim().toLowerCase(java.util.Locale.ROOT);
		if (!PARTS.contains(part)) {
			throw Problems.badRequest("as", "'as' is one of mentor, mentee or member");
		}
		boolean changed;
		changed = this.writes.execute(tx -> {
			requireBoth(tx, id, personId);
			return run(tx, "programmes/join", params("id", id, "personId", personId, "as", part)).get(0)
				.get("changed")
				.asBoolean();
		});
		if (changed) {
			this.events.publishEvent(new ProgrammeMembershipChanged(personId, id, true, part));
		}
		return new Membership(id, personId, true, part);
	}

	/**
	 * Ends a person's membership of a programme; doing it again changes nothing. Admins
	 * and the programme's leads only.
	 * @param id the programme
	 * @param personId the person
	 * @param caller who asks
	 */
	public void leave(String id, String personId, Caller caller) {
		requireLead(id, caller);
		long removed;
		removed = this.writes.execute(tx -> {
			requireBoth(tx, id, personId);
			return run(tx, "programmes/leave", params("id", id, "personId", personId)).get(0).get("removed").asLong();
		});
		if (removed > 0) {
			this.events.publishEvent(new ProgrammeMembershipChanged(personId, id, false, null));
		}
	}

	private static void requireBoth(WriteTx tx, String id, String personId) {
		MapAccessor exists = run(tx, "programmes/exists", params("id", id, "personId", personId)).get(0);
		if (!exists.get("programme").asBoolean()) {
			throw Problems.notFound("programme", id);
		}
		if (!exists.get("person").asBoolean()) {
			throw Problems.notFound("person", personId);
		}
	}

	/**
	 * Whether a write failed on a uniqueness constraint (two programmes created with one
	 * id at once), anywhere in its causes: through the driver that is a
	 * {@link ClientException}; on the embedded database's own transactions (the app's
	 * default, {@link Writes}) the database's {@link ConstraintViolationException} or a
	 * {@link QueryExecutionException} with the same status code.
	 */
	static boolean uniquenessViolated(Throwable failure) {
		for (Throwable t = failure; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t instanceof ClientException ce && constraintCode(ce.code())) {
				return true;
			}
			if (t instanceof QueryExecutionException qe && constraintCode(qe.getStatusCode())) {
				return true;
			}
			if (t instanceof ConstraintViolationException) {
				return true;
			}
		}
		return false;
	}

	private static boolean constraintCode(String code) {
		return code != null && code.contains("ConstraintValidationFailed");
	}

	private static void requireAdmin(Caller caller) {
		if (!caller.admin()) {
			throw Caller.forbidden("Only admins create and edit programmes", null);
		}
	}

	/**
	 * Admins and the programme's leads; everyone else gets 403 whether or not the
	 * programme exists, so that the answer tells a non-lead nothing.
	 */
	private static void requireLead(String id, Caller caller) {
		if (!caller.leads(id)) {
			throw Caller.forbidden("Only admins and this programme's leads change its members", "id");
		}
	}

	private static ProgrammeKind kind(String kind) {
		return ProgrammeKind.of(kind)
			.orElseThrow(() -> Problems.badRequest("kind",
					"Unknown kind '" + Text.shorten(kind) + "'; use one of " + ProgrammeKind.ids()));
	}

	private static org.springframework.web.ErrorResponseException exists(String name, String id) {
		return Problems.exception(org.springframework.http.HttpStatus.CONFLICT, "programme-exists", "Conflict",
				"A programme named '" + name + "' exists", Map.of("field", "name", "id", id));
	}

	private static Map<String, Object> params(Object... keysAndValues) {
		Map<String, Object> params = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			params.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return params;
	}

	private static List<MapAccessor> run(WriteTx tx, String query, Map<String, Object> params) {
		return new ArrayList<>(tx.run(Cypher.query(query), params));
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.trim();
	}

}
