package org.warmpath.introductions;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warmpath.cypher.Cypher;
import org.warmpath.cypher.Reads;
import org.warmpath.cypher.Writes;
import org.warmpath.cypher.WriteTx;
import org.warmpath.projection.ChangeLog;
import org.warmpath.projection.GraphChanged;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.Projection;
import org.warmpath.paths.GraphPath;
import org.warmpath.paths.PathFinder;
import org.warmpath.paths.PathMode;
import org.warmpath.paths.RouteWeights;
import org.warmpath.paths.SearchLimits;
import org.warmpath.paths.SearchTimeoutException;
import org.warmpath.accounts.Caller;
import org.warmpath.outcomes.IntroductionChanged;
import org.warmpath.problems.Problems;
import org.warmpath.visibility.Viewer;
import org.warmpath.visibility.IntroducersChanged;
import org.warmpath.visibility.Visibility;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Introduction requests and their lifecycle: REQUESTED, then ACCEPTED or DECLINED by the
 * introducer (or WITHDRAWN by the requester, or EXPIRED unanswered), then COMPLETED. A
 * blind request ({@link #requestBlind}) has the same statuses: an acceptance short of the
 * target moves it on to the next person of its route, REQUESTED again, and each viewer
 * sees only their part of the route ({@link Stored#seenBy}).
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

	/** Most ties on the route of a blind request. */
	static final int BLIND_MAX_HOPS = 4;

	/** How long the route search of a blind request may take. */
	private static final Duration BLIND_SEARCH_BUDGET = Duration.ofSeconds(2);

	private final Reads reads;

	private final Writes writes;

	private final IntroductionProperties properties;

	private final ApplicationEventPublisher events;

	private final ChangeLog changes;

	private final Visibility visibility;

	private final Projection projection;

	private final RouteWeights routeWeights;

	Introductions(Reads reads, Writes writes, IntroductionProperties properties, ApplicationEventPublisher events,
			ChangeLog changes, Visibility visibility, Projection projection, RouteWeights routeWeights) {
		this.reads = reads;
		this.writes = writes;
		this.routeWeights = routeWeights;
		this.projection = projection;
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
		String requester = requester(caller, request.requester());
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
		this.writes.execute(tx -> {
			List<String> locked = run(tx, "introductions/lock-people", Map.of("ids", List.of(requester, via))).stream()
				.map(r -> r.get("id").asString())
				.toList();
			for (String p : List.of(requester, via, target)) {
				if (!locked.contains(p) && (!p.equals(target) || !exists(tx, target))) {
					throw Problems.notFound("person", p);
				}
			}
			MapAccessor checks = run(tx, "introductions/request-checks",
					Map.of("requester", requester, "via", via, "target", target))
				.get(0);
			// quotas first: they depend on nobody's ties, so a refusal here says
			// nothing
			// about who knows whom
			requireNoOpenRequestAndRequesterQuota(checks);
			if (checks.get("introducerPending").asInt() >= this.properties.maxPendingPerIntroducer()) {
				throw quota("introducer-quota-reached", "The introducer already has "
						+ this.properties.maxPendingPerIntroducer() + " requests waiting for an answer", "via");
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
					throw notConnected();
				}
				tieStrength = checks.get("requesterTie").asDouble();
			}
			else {
				for (MapAccessor hop : run(tx, "introductions/path-checks", Map.of("path", path))) {
					int i = hop.get("i").asInt();
					boolean middle = i + 1 < path.size() - 1;
					boolean linked = hop.get("linked").asBoolean() && viewer.tieVisible(path.get(i), path.get(i + 1));
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
		Instant now = Instant.now();
		this.events
			.publishEvent(new IntroductionChanged(id, requester, via, target, null, "REQUESTED", false, now, now));
		return one(id, null).get(0).full();
	}

	/**
	 * Who asks: a member for themselves, an admin for the person they name.
	 */
	static String requester(Caller caller, String named) {
		if (caller.member() && caller.personId() != null) {
			if (named != null && !named.equals(caller.personId())) {
				throw Caller.forbidden("Members ask for introductions for themselves only", "requester");
			}
			return caller.personId();
		}
		if (caller.admin()) {
			if (named == null || named.isBlank()) {
				throw Problems.badRequest("requester", "An admin must name the requester");
			}
			return named.strip();
		}
		throw Caller.forbidden("Only members ask for introductions", null);
	}

	/**
	 * The one answer for "no chain of consenting ties leads there", whether the request
	 * named an introducer who does not know both sides, or asked blindly and no route
	 * (with an introducer who may be asked now) exists: the same body, so that neither is
	 * an oracle of who knows whom or of who is busy.
	 */
	static ErrorResponseException notConnected() {
		return Problems.exception(HttpStatus.UNPROCESSABLE_ENTITY, "introducer-not-connected",
				"Introducer does not know both sides",
				"The introducer must know both you and the target, or name the path the request follows",
				Map.of("field", "via"));
	}

	/**
	 * Asks for an introduction blindly: WarmPath finds the warmest route of consenting
	 * people from the requester to the target in the projection, ignoring what the
	 * requester may see, and asks its first introducer on the requester's behalf. The
	 * requester learns each introducer only once they accept; each introducer learns the
	 * requester, the goal and the next person of the route, never the hops after it.
	 * <p>
	 * The same checks as a named request, in the same order: the requester's own open
	 * requests and quota first (they say nothing about anyone's ties), then the route. A
	 * route whose first introducer is at their quota, closed meanwhile, or whose ties are
	 * gone from the database is skipped for the next best one; when none is left the
	 * answer is {@link #notConnected()}, exactly as for a named introducer who does not
	 * know both sides, so that neither the route nor the introducer's busyness shows.
	 * @param caller who asks
	 * @param request what they ask
	 * @return the new introduction as its requester sees it
	 */
	public Introduction requestBlind(Caller caller, BlindIntroductionRequest request) {
		String requester = requester(caller, request.requester());
		String target = request.target().strip();
		if (target.equals(requester)) {
			throw Problems.badRequest("target", "Requester and target must be different people");
		}
		List<List<String>> routes = routes(requester, target);
		List<String> firsts = routes.stream().map(r -> r.get(1)).distinct().toList();
		String id = UUID.randomUUID().toString();
		String[] asked = new String[1];
		this.writes.execute(tx -> {
			List<String> lockIds = new ArrayList<>(List.of(requester));
			lockIds.addAll(firsts);
			List<String> locked = run(tx, "introductions/lock-people", Map.of("ids", lockIds)).stream()
				.map(r -> r.get("id").asString())
				.toList();
			if (!locked.contains(requester)) {
				throw Problems.notFound("person", requester);
			}
			if (!exists(tx, target)) {
				throw Problems.notFound("person", target);
			}
			MapAccessor checks = run(tx, "introductions/blind-checks",
					Map.of("requester", requester, "target", target, "introducers", firsts))
				.get(0);
			requireNoOpenRequestAndRequesterQuota(checks);
			List<Integer> pending = checks.get("introducerPending").asList(v -> v.asInt());
			List<String> route = null;
			for (List<String> candidate : routes) {
				int first = firsts.indexOf(candidate.get(1));
				if (pending.get(first) < this.properties.maxPendingPerIntroducer() && holds(tx, candidate)) {
					route = candidate;
					break;
				}
			}
			if (route == null) {
				throw notConnected();
			}
			Map<String, Object> params = new HashMap<>();
			params.put("id", id);
			params.put("requester", requester);
			params.put("via", route.get(1));
			params.put("target", target);
			params.put("route", route);
			params.put("goal", blankToNull(request.goal()));
			params.put("message", blankToNull(request.message()));
			params.put("programme", blankToNull(request.programme()));
			run(tx, "introductions/create-blind", params);
			asked[0] = route.get(1);
			return null;
		});
		Instant now = Instant.now();
		this.events
			.publishEvent(new IntroductionChanged(id, requester, asked[0], target, null, "REQUESTED", true, now, now));
		return one(id, null).get(0).seenBy(requester);
	}

	/**
	 * Candidate routes for a blind request, warmest first: up to
	 * {@value PathFinder#MAX_K} loopless paths of at most {@value #BLIND_MAX_HOPS} ties
	 * through people open to introductions and not at their quota, each with someone in
	 * the middle. Read from the projection, whatever the requester may see; empty when
	 * either person is not in it or the search runs out of time.
	 */
	private List<List<String>> routes(String requester, String target) {
		KnowsGraph graph = this.projection.snapshot().graph();
		int source = graph.indexOf(requester);
		int sink = graph.indexOf(target);
		if (source < 0 || sink < 0 || graph.isRemoved(source) || graph.isRemoved(sink)) {
			return List.of();
		}
		List<GraphPath> found;
		try {
			found = PathFinder.of(graph)
				.paths(PathMode.WARMEST, source, sink, PathFinder.MAX_K,
						// introducers at their quota would refuse the request when it
						// reaches them
						SearchLimits.of(BLIND_MAX_HOPS, BLIND_SEARCH_BUDGET)
							.withAvoid(this.routeWeights.saturated(graph)));
		}
		catch (SearchTimeoutException ex) {
			return List.of();
		}
		List<List<String>> routes = new ArrayList<>();
		for (GraphPath path : found) {
			if (path.hops() >= 2) {
				routes.add(Arrays.stream(path.nodes()).mapToObj(graph::id).toList());
			}
		}
		return routes;
	}

	/**
	 * Whether a route still holds in the database (the projection may lag a write): each
	 * step a tie, each person in the middle open to introductions.
	 */
	private static boolean holds(WriteTx tx, List<String> route) {
		for (MapAccessor hop : run(tx, "introductions/path-checks", Map.of("path", route))) {
			boolean middle = hop.get("i").asInt() + 1 < route.size() - 1;
			if (!hop.get("linked").asBoolean() || (middle && !hop.get("open").asBoolean())) {
				return false;
			}
		}
		return true;
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
		// the state before the change: who was asked, in what status, since when
		String[] before = new String[2];
		Instant[] askedAt = new Instant[1];
		this.writes.execute(tx -> {
			tieCreated[0] = false;
			tie.clear();
			List<MapAccessor> found = run(tx, "introductions/lock", Map.of("id", id));
			if (found.isEmpty()) {
				throw Problems.notFound("introduction", id);
			}
			MapAccessor r = found.get(0);
			String status = r.get("status").asString();
			String requester = r.get("requester").asString();
			String introducer = r.get("introducer").asString();
			String target = r.get("target").asString();
			boolean blind = r.get("blind").asBoolean();
			List<String> route = blind ? r.get("route").asList(Value::asString) : List.of();
			int hop = blind ? r.get("hop").asInt() : 1;
			before[0] = status;
			before[1] = introducer;
			askedAt[0] = r.get("askedAt").isNull() ? null : r.get("askedAt").asZonedDateTime().toInstant();
			if (!caller.admin()) {
				String me = caller.requirePerson();
				boolean party = (me.equals(requester) || me.equals(introducer)
						|| (blind && route.subList(1, hop).contains(me))
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
			if (blind && action == Action.ACCEPT) {
				acceptBlind(tx, id, route, hop);
				return null;
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
					// as committed, with what explains it (context, since, source)
					tie.addAll(this.changes.ties(tx, List.of(Map.of("a", requester, "b", target))));
					this.changes.record(tx, tie);
				}
			}
			return null;
		});
		if (tieCreated[0]) {
			// applied to the projection in place before this returns
			this.events.publishEvent(new GraphChanged("introduction completed", List.copyOf(tie)));
		}
		Stored after = one(id, null).get(0);
		// whom the requester counts as a contact may have changed (an acceptance given or
		// withdrawn)
		this.events.publishEvent(new IntroducersChanged(after.base().requester().id()));
		publishChange(after.base(), before[0], before[1], action, askedAt[0], Instant.now());
		return caller.admin() ? after.full() : after.seenBy(caller.personId());
	}

	/**
	 * Tells the listeners what a transition did. A blind request's introducer who accepts
	 * while the route goes on is told as an acceptance by them, then as a new request to
	 * the next person of the route; when the route broke after their acceptance, the
	 * request's end (DECLINED) follows their acceptance, so it never counts against them.
	 */
	private void publishChange(Introduction after, String previous, String introducer, Action action, Instant askedAt,
			Instant at) {
		String requester = after.requester().id();
		String target = after.target().id();
		if (after.blind() && action == Action.ACCEPT && !"ACCEPTED".equals(after.status())) {
			this.events.publishEvent(new IntroductionChanged(after.id(), requester, introducer, target, previous,
					"ACCEPTED", true, askedAt, at));
			String next = "REQUESTED".equals(after.status()) ? after.introducer().id() : introducer;
			this.events.publishEvent(new IntroductionChanged(after.id(), requester, next, target,
					"REQUESTED".equals(after.status()) ? null : "ACCEPTED", after.status(), true,
					"REQUESTED".equals(after.status()) ? at : askedAt, at));
			return;
		}
		this.events.publishEvent(new IntroductionChanged(after.id(), requester, introducer, target, previous,
				after.status(), after.blind(), askedAt, at));
	}

	/**
	 * The person asked now on a blind request accepts: the requester may learn who they
	 * are from now on. When they know the target the request is ACCEPTED as any other;
	 * otherwise it moves on to the next person of the route, REQUESTED again, as long as
	 * the route still holds there (a tie, and that person still open to introductions);
	 * when it no longer does the chain ends DECLINED, the way it would if the next person
	 * said no.
	 */
	private static void acceptBlind(WriteTx tx, String id, List<String> route, int hop) {
		run(tx, "introductions/blind-reveal", Map.of("id", id));
		boolean last = hop + 2 == route.size();
		if (last) {
			run(tx, "introductions/transition", Map.of("id", id, "status", "ACCEPTED"));
		}
		else if (holds(tx, route.subList(hop, hop + 3))) {
			run(tx, "introductions/blind-advance", Map.of("id", id, "next", route.get(hop + 1)));
		}
		else {
			run(tx, "introductions/transition", Map.of("id", id, "status", "DECLINED"));
		}
	}

	/**
	 * One introduction as the caller may see it: admins any, members when they take part
	 * (a target only once it was accepted), a blind one only as far as their part in it.
	 */
	Introduction get(Caller caller, String id) {
		String person = caller.admin() ? null : caller.requirePerson();
		return one(id, person).stream()
			.findFirst()
			.map(i -> (person == null) ? i.full() : i.seenBy(person))
			.orElseThrow(() -> Problems.notFound("introduction", id));
	}

	/**
	 * Introductions of one person in one role, as that person sees them (everyone's, in
	 * full, when {@code person} is null).
	 * @param person whose, or null for everyone's
	 * @param role requester, introducer, target or any
	 * @param status a status or null
	 * @return newest first, at most 500
	 */
	public List<Introduction> list(String person, String role, String status) {
		return list(person, person, role, status);
	}

	/**
	 * Introductions of one person in one role, or all of them for an admin, as the viewer
	 * may see them.
	 * @param viewer the person looking, or null for an admin (who sees everything)
	 * @param person whose, or null for everyone's
	 * @param role requester, introducer, target or any
	 * @param status a status or null: the status the viewer sees (an earlier introducer
	 * of a blind request that moved on sees ACCEPTED)
	 * @return newest first, at most 500
	 */
	public List<Introduction> list(String viewer, String person, String role, String status) {
		return find(person, role, status).stream()
			.map(i -> (viewer == null) ? i.full() : i.seenBy(viewer))
			.filter(i -> status == null || status.equals(i.status()))
			.toList();
	}

	/**
	 * Expires the requests nobody answered within {@code expire-after}; run by the
	 * scheduler.
	 * @return how many expired
	 */
	public int expireDue() {
		ZonedDateTime cutoff = ZonedDateTime.now(ZoneOffset.UTC).minus(this.properties.expireAfter());
		List<MapAccessor> expired = this.writes
			.execute(tx -> run(tx, "introductions/expire", Map.of("cutoff", cutoff)));
		if (!expired.isEmpty()) {
			log.info("Expired {} unanswered introduction requests", expired.size());
		}
		Instant now = Instant.now();
		for (MapAccessor r : expired) {
			// an expiry counts as the whole expiry time, whenever this job noticed it
			this.events.publishEvent(new IntroductionChanged(r.get("id").asString(), r.get("requester").asString(),
					r.get("introducer").asString(), r.get("target").asString(), "REQUESTED", "EXPIRED",
					r.get("blind").asBoolean(), null, now));
		}
		return expired.size();
	}

	/**
	 * An introduction as stored, before anyone looks at it: with a blind one's route (ids
	 * and names), the index in it of the person asked now, and how many of the route's
	 * introducers accepted.
	 */
	record Stored(Introduction base, List<String> route, List<String> names, int hop, int accepted) {

		static Stored from(MapAccessor r) {
			Introduction base = Introduction.from(r);
			if (!base.blind()) {
				return new Stored(base, null, null, 0, 0);
			}
			return new Stored(base, r.get("route").asList(Value::asString),
					r.get("routeNames").asList(v -> v.asString(null)), r.get("hop").asInt(), r.get("accepted").asInt());
		}

		private Introduction.Party party(int index, boolean named) {
			return named ? new Introduction.Party(this.route.get(index), this.names.get(index))
					: Introduction.Party.ANONYMOUS;
		}

		/** Everything, for an admin: the whole route named. */
		Introduction full() {
			if (!this.base.blind()) {
				return this.base;
			}
			List<Introduction.Party> middle = new ArrayList<>();
			for (int j = 1; j + 1 < this.route.size(); j++) {
				middle.add(party(j, true));
			}
			return this.base.seenAs(this.base.status(), this.base.introducer(), this.base.target(), middle);
		}

		/**
		 * What one party sees of it. The requester: each introducer anonymous until they
		 * accepted. An introducer of the route: the requester and the next person of the
		 * route as the target, and, once the chain moved on past them, their own answer
		 * (ACCEPTED) until it ends. The target (who finds it only once the last
		 * introducer accepted): the parties, without the route.
		 */
		Introduction seenBy(String person) {
			Introduction b = this.base;
			if (!b.blind()) {
				return b;
			}
			if (person.equals(b.requester().id())) {
				List<Introduction.Party> middle = new ArrayList<>();
				for (int j = 1; j + 1 < this.route.size(); j++) {
					middle.add(party(j, j <= this.accepted));
				}
				return b.seenAs(b.status(), party(this.hop, this.hop <= this.accepted), b.target(), middle);
			}
			int j = this.route.indexOf(person);
			if (j >= 1 && j <= this.hop && j + 1 < this.route.size()) {
				boolean movedOn = j < this.hop;
				String status = (movedOn && Set.of("REQUESTED", "ACCEPTED").contains(b.status())) ? "ACCEPTED"
						: b.status();
				return b.seenAs(status, party(j, true), party(j + 1, true), null);
			}
			return b.seenAs(b.status(), b.introducer(), b.target(), null);
		}

	}

	/**
	 * One introduction by id (seeked through its unique index), whole when {@code person}
	 * is null, else only if that person takes part in it.
	 */
	private List<Stored> one(String id, String person) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("person", person);
		return this.reads.read("introductions/one", params).stream().map(Stored::from).toList();
	}

	private List<Stored> find(String person, String role, String status) {
		Map<String, Object> params = new HashMap<>();
		params.put("person", person);
		params.put("role", role);
		params.put("status", status);
		params.put("limit", LIST_LIMIT);
		return this.reads.read("introductions/list", params).stream().map(Stored::from).toList();
	}

	/**
	 * Whether a person exists, as seen by this transaction (people's one query for it).
	 */
	/**
	 * The requester's side of a new request, the same for a named and a blind route: no
	 * open request to the same person, and fewer waiting than the requester's quota.
	 */
	private void requireNoOpenRequestAndRequesterQuota(MapAccessor checks) {
		if (checks.get("open").asInt() > 0) {
			throw Problems.conflict("introduction-exists",
					"You already have an open introduction request to this person");
		}
		if (checks.get("requesterPending").asInt() >= this.properties.maxPendingPerRequester()) {
			throw quota("requester-quota-reached",
					"You already have " + this.properties.maxPendingPerRequester() + " requests waiting for an answer",
					"requester");
		}
	}

	private static boolean exists(WriteTx tx, String id) {
		return tx.single(Cypher.query("people/exists"), Map.of("id", id)).get("found").asBoolean();
	}

	private static List<MapAccessor> run(WriteTx tx, String query, Map<String, Object> params) {
		return new ArrayList<>(tx.run(Cypher.query(query), params));
	}

	private static ErrorResponseException quota(String type, String detail, String field) {
		return Problems.exception(HttpStatus.CONFLICT, type, "Quota reached", detail, Map.of("field", field));
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

}
