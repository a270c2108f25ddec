package org.warmpath.introductions;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warmpath.cypher.Cypher;
import org.warmpath.projection.ChangeLog;
import org.warmpath.projection.GraphChanged;
import org.warmpath.accounts.Caller;
import org.warmpath.problems.Problems;
import org.warmpath.visibility.Viewer;
import org.warmpath.visibility.Visibility;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Introduction requests and their lifecycle: REQUESTED, then ACCEPTED or DECLINED by the
 * introducer (or WITHDRAWN by the requester, or EXPIRED unanswered), then COMPLETED.
 *
 * <p>
 * Quotas hold under concurrency and across app instances because every check-then-write
 * runs in one Neo4j write transaction that first takes the write lock on the nodes the
 * quota is about (requester and introducer for a request, the introduction for a
 * transition); a second transaction on the same nodes waits for the first to commit and
 * then counts what it wrote.
 */
@Service
public class Introductions {

	private static final Logger log = LoggerFactory.getLogger(Introductions.class);

	/** Every status an introduction can have. */
	static final Set<String> STATUSES = Set.of("REQUESTED", "ACCEPTED", "DECLINED", "COMPLETED", "EXPIRED",
			"WITHDRAWN");

	private static final int LIST_LIMIT = 500;

	private final Driver driver;

	private final IntroductionProperties properties;

	private final ApplicationEventPublisher events;

	private final ChangeLog changes;

	private final Visibility visibility;

	Introductions(Driver driver, IntroductionProperties properties, ApplicationEventPublisher events, ChangeLog changes,
			Visibility visibility) {
		this.driver = driver;
		this.visibility = visibility;
		this.changes = changes;
		this.properties = properties;
		this.events = events;
	}

	/**
	 * Asks for an introduction.
	 * @param caller who asks
	 * @param request what they ask
	 * @return the new introduction
	 */
	public Introduction request(Caller caller, IntroductionRequest request) {
		String requester;
		if (caller.member() && caller.personId() != null) {
			requester = caller.personId();
			if (request.requester() != null && !request.requester().equals(requester)) {
				throw Caller.forbidden("Members ask for introductions for themselves only", "requester");
			}
		}
		else if (caller.admin()) {
			if (request.requester() == null || request.requester().isBlank()) {
				throw Problems.badRequest("requester", "An admin must name the requester");
			}
			requester = request.requester();
		}
		else {
			throw Caller.forbidden("Only members ask for introductions", null);
		}
		String via = request.via().strip();
		String target = request.target().strip();
		if (via.equals(requester) || target.equals(requester) || via.equals(target)) {
			throw Problems.badRequest("via", "Requester, introducer and target must be three different people");
		}
		List<String> path = request.path();
		if (path != null) {
			if (!path.get(0).equals(requester) || !path.get(path.size() - 1).equals(target)
					|| !path.subList(1, path.size() - 1).contains(via)
					|| new LinkedHashSet<>(path).size() != path.size()) {
				throw Problems.badRequest("path",
						"path must run from the requester to the target without repeats, with the introducer in between");
			}
		}
		String id = UUID.randomUUID().toString();
		Viewer viewer = this.visibility.forViewer(caller);
		try (Session session = Cypher.session(this.driver)) {
			session.executeWrite(tx -> {
				List<String> locked = run(tx, "introductions/lock-people", Map.of("ids", List.of(requester, via)))
					.stream()
					.map(r -> r.get("id").asString())
					.toList();
				for (String p : List.of(requester, via, target)) {
					if (!locked.contains(p) && (!p.equals(target) || !exists(tx, target))) {
						throw Problems.notFound("person", p);
					}
				}
				Record checks = run(tx, "introductions/request-checks",
						Map.of("requester", requester, "via", via, "target", target))
					.get(0);
				// quotas first: they depend on nobody's ties, so a refusal here says
				// nothing
				// about who knows whom
				if (checks.get("open").asInt() > 0) {
					throw Problems.conflict("introduction-exists",
							"You already have an open introduction request to this person");
				}
				if (checks.get("requesterPending").asInt() >= this.properties.maxPendingPerRequester()) {
					throw quota("requester-quota-reached", "You already have "
							+ this.properties.maxPendingPerRequester() + " requests waiting for an answer",
							"requester");
				}
				if (checks.get("introducerPending").asInt() >= this.properties.maxPendingPerIntroducer()) {
					throw quota(
							"introducer-quota-reached", "The introducer already has "
									+ this.properties.maxPendingPerIntroducer() + " requests waiting for an answer",
							"via");
				}
				if (!checks.get("introducerOpen").asBoolean()) {
					throw Problems.exception(HttpStatus.CONFLICT, "introducer-not-open", "Conflict",
							"The introducer is not open to introductions", Map.of("field", "via"));
				}
				// a tie the requester may not see counts as no tie at all, with the same
				// answer, so that asking is no oracle of who knows whom
				Double tieStrength = null;
				if (path == null) {
					if (checks.get("requesterTie").isNull() || !checks.get("introducerKnowsTarget").asBoolean()
							|| !viewer.tieVisible(requester, via) || !viewer.tieVisible(via, target)) {
						throw Problems.exception(HttpStatus.UNPROCESSABLE_ENTITY, "introducer-not-connected",
								"Introducer does not know both sides",
								"The introducer must know both you and the target, or name the path the request follows",
								Map.of("field", "via"));
					}
					tieStrength = checks.get("requesterTie").asDouble();
				}
				else {
					for (Record hop : run(tx, "introductions/path-checks", Map.of("path", path))) {
						int i = hop.get("i").asInt();
						boolean middle = i + 1 < path.size() - 1;
						boolean linked = hop.get("linked").asBoolean()
								&& viewer.tieVisible(path.get(i), path.get(i + 1));
						if (!linked || (middle && !hop.get("open").asBoolean())) {
							throw Problems.exception(HttpStatus.UNPROCESSABLE_ENTITY, "path-not-valid",
									"Path is not a chain of consenting ties",
									"Hop " + (i + 1) + " of the path is not a tie, or its person does not consent",
									Map.of("field", "path", "hop", i + 1));
						}
					}
				}
				Map<String, Object> params = new HashMap<>();
				params.put("id", id);
				params.put("requester", requester);
				params.put("via", via);
				params.put("target", target);
				params.put("goal", blankToNull(request.goal()));
				params.put("message", blankToNull(request.message()));
				params.put("tieStrength", tieStrength);
				params.put("programme", blankToNull(request.programme()));
				run(tx, "introductions/create", params);
				return null;
			});
		}
		return find(id, null, "any", null).get(0);
	}

	/**
	 * Applies a transition.
	 * @param caller who acts
	 * @param id the introduction
	 * @param action what they do
	 * @return the introduction after it
	 */
	Introduction transition(Caller caller, String id, Action action) {
		boolean[] tieCreated = new boolean[1];
		List<ChangeLog.Change> tie = new java.util.ArrayList<>(1);
		try (Session session = Cypher.session(this.driver)) {
			session.executeWrite(tx -> {
				tieCreated[0] = false;
				tie.clear();
				List<Record> found = run(tx, "introductions/lock", Map.of("id", id));
				if (found.isEmpty()) {
					throw Problems.notFound("introduction", id);
				}
				Record r = found.get(0);
				String status = r.get("status").asString();
				String requester = r.get("requester").asString();
				String introducer = r.get("introducer").asString();
				String target = r.get("target").asString();
				if (!caller.admin()) {
					String me = caller.requirePerson();
					boolean party = (me.equals(requester) || me.equals(introducer)
							|| (me.equals(target) && Set.of("ACCEPTED", "COMPLETED").contains(status)));
					if (!party) {
						// not a party: do not reveal that it exists
						throw Problems.notFound("introduction", id);
					}
					if (!action.allowedFor(me, requester, introducer)) {
						throw Caller.forbidden("You cannot " + action.verb() + " this introduction", null);
					}
				}
				if (!action.from.contains(status)) {
					throw Problems.exception(HttpStatus.CONFLICT, "illegal-transition", "Illegal transition",
							"An introduction that is " + status + " cannot be "
									+ action.to.toLowerCase(java.util.Locale.ROOT),
							Map.of("currentStatus", status, "action", action.verb()));
				}
				run(tx, "introductions/transition", Map.of("id", id, "status", action.to));
				if (action == Action.COMPLETE) {
					boolean ordered = requester.compareTo(target) < 0;
					tieCreated[0] = run(tx, "introductions/introduce", Map.of("a", ordered ? requester : target, "b",
							ordered ? target : requester, "strength", this.properties.tieStrength()))
						.get(0)
						.get("created")
						.asBoolean();
					if (tieCreated[0]) {
						tie.add(ChangeLog.Change.tie(requester, target, this.properties.tieStrength()));
						this.changes.record(tx, tie);
					}
				}
				return null;
			});
		}
		if (tieCreated[0]) {
			// applied to the projection in place before this returns
			this.events.publishEvent(new GraphChanged("introduction completed", List.copyOf(tie)));
		}
		return find(id, null, "any", null).get(0);
	}

	/**
	 * One introduction as the caller may see it: admins any, members when they take part
	 * (a target only once it was accepted).
	 */
	Introduction get(Caller caller, String id) {
		String person = caller.admin() ? null : caller.requirePerson();
		return find(id, person, "any", null).stream()
			.findFirst()
			.orElseThrow(() -> Problems.notFound("introduction", id));
	}

	/**
	 * Introductions of one person in one role, or all of them for an admin.
	 * @param person whose, or null for everyone's
	 * @param role requester, introducer, target or any
	 * @param status a status or null
	 * @return newest first, at most 500
	 */
	public List<Introduction> list(String person, String role, String status) {
		return find(null, person, role, status);
	}

	/**
	 * Expires the requests nobody answered within {@code expire-after}; run by the
	 * scheduler.
	 * @return how many expired
	 */
	public int expireDue() {
		ZonedDateTime cutoff = ZonedDateTime.now(ZoneOffset.UTC).minus(this.properties.expireAfter());
		try (Session session = Cypher.session(this.driver)) {
			int expired = session.executeWrite(
					tx -> run(tx, "introductions/expire", Map.of("cutoff", cutoff)).get(0).get("expired").asInt());
			if (expired > 0) {
				log.info("Expired {} unanswered introduction requests", expired);
			}
			return expired;
		}
	}

	private List<Introduction> find(String id, String person, String role, String status) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("person", person);
		params.put("role", role);
		params.put("status", status);
		params.put("limit", LIST_LIMIT);
		try (Session session = Cypher.session(this.driver)) {
			return session.executeRead(tx -> run(tx, "introductions/list", params))
				.stream()
				.map(Introduction::from)
				.toList();
		}
	}

	/**
	 * Whether a person exists, as seen by this transaction (people's one query for it).
	 */
	private static boolean exists(TransactionContext tx, String id) {
		return tx.run(Cypher.query("people/exists"), Map.of("id", id)).single().get("found").asBoolean();
	}

	private static List<Record> run(TransactionContext tx, String query, Map<String, Object> params) {
		return new ArrayList<>(tx.run(Cypher.query(query), params).list());
	}

	private static ErrorResponseException quota(String type, String detail, String field) {
		return Problems.exception(HttpStatus.CONFLICT, type, "Quota reached", detail, Map.of("field", field));
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

}
