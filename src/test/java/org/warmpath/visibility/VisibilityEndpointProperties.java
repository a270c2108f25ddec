package org.warmpath.visibility;

import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.warmpath.MemberAccounts;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;
import org.warmpath.privacy.ProfileSettings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The property of issue 12 over the HTTP answers: over random graphs, random private
 * sets, random consent and mentors, and random member viewers, no answer of the paths
 * (all three engines, both modes), mutuals, ego network, mentor recommendations and
 * introduction validation endpoints reveals a tie the rule hides, and no analytics answer
 * names a private member. An oracle over plain adjacency in this class decides, restating
 * the rule independently of {@link Viewer}: a tie between {@code a} and {@code b} may be
 * shown to member {@code v} when {@code v} is {@code a} or {@code b}, or when neither
 * {@code a} nor {@code b} keeps their connections private and {@code v} directly knows
 * {@code a} or {@code b}.
 *
 * <p>
 * jqwik cannot take Spring's injection, so the worlds are a seeded loop: each world gets
 * its own id prefix in the shared test database. The base seed is random per run and
 * shows in every world's name; {@code -Dwarmpath.visibility.seed=N} replays a run.
 */
@WarmPathTest
class VisibilityEndpointProperties {

	private static final int WORLDS = 12;

	private static final long BASE_SEED = Long.getLong("warmpath.visibility.seed", new SecureRandom().nextLong());

	private final MockMvc mvc;

	private final TestData data;

	private final ObjectMapper json;

	private final ProfileSettings settings;

	/** One analyst for every world (each account costs a bcrypt hash). */
	private static String analyst;

	@Autowired
	VisibilityEndpointProperties(MockMvc mvc, TestData data, ObjectMapper json, ProfileSettings settings) {
		this.mvc = mvc;
		this.data = data;
		this.json = json;
		this.settings = settings;
	}

	static Stream<Long> seeds() {
		return LongStream.range(0, WORLDS).mapToObj(i -> BASE_SEED + i);
	}

	@ParameterizedTest(name = "world seed {0}")
	@MethodSource("seeds")
	void noAnswerRevealsATieTheRuleHides(long seed) throws Exception {
		Random random = new Random(seed);
		World w = World.random(random, this.data.graph());
		MemberAccounts accounts = this.data.accounts();
		for (int i = 0; i < w.n; i++) {
			if (w.priv[i]) {
				// what PATCH /api/me does for them, without an account (and its bcrypt
				// hash)
				this.settings.update(w.ids[i], Map.of("connectionVisibility", "private"), false);
			}
		}
		String context = "world seed " + seed + " (replay: -Dwarmpath.visibility.seed=" + seed + "), " + w;
		// every endpoint is checked, and every leak reported, before the world fails
		List<String> leaks = new ArrayList<>();
		for (int v : viewers(w, random)) {
			// a fresh account per viewer: the answers below stay within one minute's
			// query budget (a member's Cypher-engine path query costs ten)
			RequestPostProcessor as = accounts.as(accounts.member(w.ids[v]));
			String who = context + ", viewer " + v;
			for (int t : targets(w, v, random)) {
				String mode = random.nextBoolean() ? "warmest" : "fewest";
				int k = 1 + random.nextInt(5);
				int maxHops = 1 + random.nextInt(4);
				for (String engine : List.of("graph", "cypher", "jgrapht")) {
					String url = "/api/paths?from=" + w.ids[v] + "&to=" + w.ids[t] + "&mode=" + mode + "&k=" + k
							+ "&maxHops=" + maxHops + "&engine=" + engine;
					check(leaks, () -> checkPaths(w, v, t, read(get(url), as, who), who + ", " + url));
				}
				String mutuals = "/api/people/" + w.ids[v] + "/mutuals/" + w.ids[t];
				check(leaks, () -> checkMutuals(w, v, t, read(get(mutuals), as, who), who + ", " + mutuals));
			}
			String network = "/api/people/" + w.ids[v] + "/network?depth=2";
			check(leaks, () -> checkNetwork(w, v, read(get(network), as, who), who + ", " + network));
			String mentors = "/api/mentors/recommendations?for=" + w.ids[v] + "&limit=50";
			check(leaks, () -> checkMentors(w, v, read(get(mentors), as, who), who + ", " + mentors));
			check(leaks, () -> checkIntroductionValidation(w, v, as, random, who));
		}
		if (analyst == null) {
			analyst = accounts.analyst();
		}
		checkAnalytics(w, accounts.as(analyst), context, leaks);
		assertThat(leaks).as("answers that reveal what the rule hides").isEmpty();
	}

	private interface Check {

		void run() throws Exception;

	}

	/** Runs one endpoint's check; a failed assertion is kept as a leak. */
	private static void check(List<String> leaks, Check check) throws Exception {
		try {
			check.run();
		}
		catch (AssertionError ex) {
			String message = String.valueOf(ex.getMessage());
			leaks.add((message.length() > 3000) ? message.substring(0, 3000) + "..." : message);
		}
	}

	// ---- the oracle

	/** A small random world and the rule restated over plain adjacency. */
	static final class World {

		final String tag = "w" + UUID.randomUUID().toString().substring(0, 6);

		final int n;

		final String[] ids;

		final boolean[][] adj;

		final boolean[] priv;

		final boolean[] open;

		final boolean[] mentor;

		final Map<String, Integer> index = new HashMap<>();

		private final int[][] dist;

		private World(int n, TestGraphs graph) {
			this.n = n;
			this.ids = new String[n];
			this.adj = new boolean[n][n];
			this.priv = new boolean[n];
			this.open = new boolean[n];
			this.mentor = new boolean[n];
			this.dist = new int[n][];
			for (int i = 0; i < n; i++) {
				this.ids[i] = graph.id(local(i));
				this.index.put(this.ids[i], i);
			}
		}

		static World random(Random random, TestGraphs graph) {
			World w = new World(8 + random.nextInt(7), graph);
			int density = 18 + random.nextInt(25);
			int privacy = 15 + random.nextInt(30);
			List<String> people = new ArrayList<>();
			for (int i = 0; i < w.n; i++) {
				w.priv[i] = random.nextInt(100) < privacy;
				w.open[i] = random.nextInt(100) < 80;
				w.mentor[i] = random.nextInt(100) < 25;
				people.add(w.local(i) + (w.open[i] ? "" : ":closed")
						+ (w.mentor[i] ? ":mentor=" + (1 + random.nextInt(3)) : ""));
			}
			List<String> ties = new ArrayList<>();
			for (int i = 0; i < w.n; i++) {
				for (int j = i + 1; j < w.n; j++) {
					if (random.nextInt(100) < density) {
						w.adj[i][j] = true;
						w.adj[j][i] = true;
						ties.add(w.local(i) + "-" + w.local(j) + ":0." + (1 + random.nextInt(9)));
					}
				}
			}
			graph.people(people.toArray(String[]::new));
			if (!ties.isEmpty()) {
				graph.ties(ties.toArray(String[]::new));
			}
			return w;
		}

		/** The name within the graph; the display name is "Test " and this. */
		String local(int i) {
			return this.tag + "n" + (i < 10 ? "0" : "") + i;
		}

		String name(int i) {
			return "Test " + local(i);
		}

		/**
		 * The rule: an end of the tie, or neither end private and the viewer knows one.
		 */
		boolean shows(int v, int a, int b) {
			if (v == a || v == b) {
				return true;
			}
			return !this.priv[a] && !this.priv[b] && (this.adj[v][a] || this.adj[v][b]);
		}

		/** Hops between two people over every tie; -1 when unconnected. */
		int distance(int from, int to) {
			if (this.dist[from] == null) {
				int[] d = new int[this.n];
				Arrays.fill(d, -1);
				d[from] = 0;
				Deque<Integer> queue = new ArrayDeque<>(List.of(from));
				while (!queue.isEmpty()) {
					int u = queue.poll();
					for (int x = 0; x < this.n; x++) {
						if (this.adj[u][x] && d[x] < 0) {
							d[x] = d[u] + 1;
							queue.add(x);
						}
					}
				}
				this.dist[from] = d;
			}
			return this.dist[from][to];
		}

		/** The world's person with this id; fails for anyone else. */
		int of(String id, String context) {
			Integer i = this.index.get(id);
			if (i == null) {
				fail(context + ": '" + id + "' is no person of this world");
			}
			return i;
		}

		/** Everyone of this world whose id or name appears in the text. */
		Set<Integer> mentionedIn(String text) {
			Set<Integer> found = new HashSet<>();
			for (int i = 0; i < this.n; i++) {
				if (text.contains("\"" + this.ids[i] + "\"") || text.contains("\"" + name(i) + "\"")) {
					found.add(i);
				}
			}
			return found;
		}

		@Override
		public String toString() {
			StringBuilder s = new StringBuilder("ties [");
			for (int i = 0; i < this.n; i++) {
				for (int j = i + 1; j < this.n; j++) {
					if (this.adj[i][j]) {
						s.append(' ').append(i).append('-').append(j);
					}
				}
			}
			s.append(" ], private [");
			for (int i = 0; i < this.n; i++) {
				if (this.priv[i]) {
					s.append(' ').append(i);
				}
			}
			return s.append(" ]").toString();
		}

	}

	/** Two random viewers, one of them private when anyone is. */
	private static List<Integer> viewers(World w, Random random) {
		List<Integer> viewers = new ArrayList<>();
		List<Integer> privates = new ArrayList<>();
		for (int i = 0; i < w.n; i++) {
			if (w.priv[i]) {
				privates.add(i);
			}
		}
		viewers.add(privates.isEmpty() ? random.nextInt(w.n) : privates.get(random.nextInt(privates.size())));
		int other;
		do {
			other = random.nextInt(w.n);
		}
		while (viewers.contains(other));
		viewers.add(other);
		return viewers;
	}

	/** Two targets, preferably two to four hops away, where hidden ties matter most. */
	private static List<Integer> targets(World w, int v, Random random) {
		List<Integer> far = new ArrayList<>();
		List<Integer> rest = new ArrayList<>();
		for (int i = 0; i < w.n; i++) {
			if (i != v) {
				int d = w.distance(v, i);
				(d >= 2 && d <= 4 ? far : rest).add(i);
			}
		}
		java.util.Collections.shuffle(far, random);
		java.util.Collections.shuffle(rest, random);
		far.addAll(rest);
		return far.subList(0, 2);
	}

	// ---- the checks, one per endpoint

	/**
	 * A chain of people as an answer shows it (null: not named): it runs from the viewer
	 * to the person asked about; two named neighbours on it have a tie the rule shows;
	 * every named person is linked to one of the two ends by such ties (nobody is named
	 * who is reached only through hidden ties); and nobody but the person asked about is
	 * named beyond two hops.
	 */
	private static Set<Integer> checkChain(World w, int v, int named, List<String> people, String context) {
		int last = people.size() - 1;
		assertThat(people.get(0)).as(context + ": the chain starts at the viewer").isEqualTo(w.ids[v]);
		assertThat(people.get(last)).as(context + ": the chain ends at the person asked about").isEqualTo(w.ids[named]);
		Set<Integer> shown = new HashSet<>();
		int runStart = 0;
		for (int i = 0; i <= last; i++) {
			String id = people.get(i);
			if (id == null) {
				// a run of named people that ends before the last must start at the
				// viewer
				assertThat(i == runStart || runStart == 0)
					.as(context + ": named people " + people.subList(runStart, i)
							+ " are linked to neither end by visible ties")
					.isTrue();
				runStart = i + 1;
				continue;
			}
			int p = w.of(id, context);
			shown.add(p);
			if (p != v && p != named) {
				assertThat(w.distance(v, p)).as(context + ": " + id + " is named beyond two hops").isBetween(1, 2);
			}
			if (i > 0 && people.get(i - 1) != null) {
				int q = w.of(people.get(i - 1), context);
				assertThat(w.adj[q][p]).as(context + ": the answer's tie " + q + "-" + p + " is in the world").isTrue();
				assertThat(w.shows(v, q, p)).as(context + ": the hidden tie " + q + "-" + p + " has two named ends")
					.isTrue();
			}
		}
		return shown;
	}

	private void checkPaths(World w, int v, int t, JsonNode answer, String context) {
		Set<Integer> allowed = new HashSet<>(List.of(v, t));
		for (JsonNode path : answer.get("paths")) {
			List<String> people = ids(path.get("people"));
			allowed.addAll(checkChain(w, v, t, people, context));
			JsonNode steps = path.get("steps");
			assertThat(steps.size()).as(context).isEqualTo(people.size() - 1);
			for (int i = 0; i < steps.size(); i++) {
				JsonNode step = steps.get(i);
				checkCard(step.get("from"), people.get(i), context);
				checkCard(step.get("to"), people.get(i + 1), context);
				boolean details = !step.get("context").isNull() || !step.get("since").isNull();
				if (details) {
					assertThat(anonymous(step.get("from")) || anonymous(step.get("to")))
						.as(context + ": details of a tie to an anonymous hop, step " + i)
						.isFalse();
					if (people.get(i) != null && people.get(i + 1) != null) {
						int a = w.of(people.get(i), context);
						int b = w.of(people.get(i + 1), context);
						assertThat(w.shows(v, a, b)).as(context + ": details of the hidden tie " + a + "-" + b)
							.isTrue();
					}
				}
			}
		}
		checkMentions(w, answer, allowed, context);
	}

	/** A card of a person the path does not name carries no id, name or place. */
	private static void checkCard(JsonNode card, String id, String context) {
		if (id != null) {
			assertThat(card.get("id").asText()).as(context).isEqualTo(id);
			return;
		}
		for (String field : List.of("id", "name", "headline", "region", "organisation")) {
			assertThat(card.get(field).isNull()).as(context + ": an unnamed hop's " + field).isTrue();
		}
	}

	private static boolean anonymous(JsonNode card) {
		return card.get("id").isNull() && card.get("grade").isNull() && card.get("specialty").isNull();
	}

	private void checkMutuals(World w, int v, int t, JsonNode answer, String context) {
		int common = 0;
		for (int m = 0; m < w.n; m++) {
			if (w.adj[v][m] && w.adj[m][t] && w.open[m]) {
				common++;
			}
		}
		assertThat(answer.get("count").asInt()).as(context + ": the count of consenting mutuals").isEqualTo(common);
		Set<Integer> allowed = new HashSet<>(List.of(v, t));
		for (JsonNode mutual : answer.get("mutuals")) {
			int m = w.of(mutual.get("person").get("id").asText(), context);
			assertThat(w.adj[v][m] && w.adj[m][t] && w.open[m]).as(context + ": " + m + " is a consenting mutual")
				.isTrue();
			assertThat(w.shows(v, v, m) && w.shows(v, m, t))
				.as(context + ": mutual " + m + " named across a hidden tie")
				.isTrue();
			allowed.add(m);
		}
		checkMentions(w, answer, allowed, context);
	}

	/**
	 * The ego network: every link is one the rule shows; besides the viewer and their
	 * contacts, only people two hops out whom a shown tie reaches.
	 */
	private void checkNetwork(World w, int v, JsonNode answer, String context) {
		Set<Integer> allowed = new HashSet<>(List.of(v));
		for (JsonNode node : answer.get("nodes")) {
			int x = w.of(node.get("id").asText(), context);
			allowed.add(x);
			if (x == v || w.adj[v][x]) {
				continue;
			}
			boolean reached = false;
			for (int a = 0; a < w.n; a++) {
				reached |= w.adj[v][a] && w.adj[a][x] && w.shows(v, a, x);
			}
			assertThat(reached).as(context + ": " + x + " is shown though only hidden ties reach them").isTrue();
			assertThat(w.distance(v, x)).as(context + ": " + x + " is beyond two hops").isEqualTo(2);
		}
		for (JsonNode link : answer.get("links")) {
			int a = w.of(link.get("source").asText(), context);
			int b = w.of(link.get("target").asText(), context);
			assertThat(w.adj[a][b]).as(context + ": the link " + a + "-" + b + " is in the world").isTrue();
			assertThat(w.shows(v, a, b)).as(context + ": the hidden tie " + a + "-" + b + " is a link").isTrue();
		}
		checkMentions(w, answer, allowed, context);
	}

	private void checkMentors(World w, int v, JsonNode answer, String context) {
		Set<Integer> allowed = new HashSet<>(List.of(v));
		for (JsonNode mentor : answer.get("mentors")) {
			String id = mentor.get("person").get("id").asText();
			Integer m = w.index.get(id);
			if (m == null) {
				// a mentor of another test's graph: no path within this world leads there
				continue;
			}
			allowed.add(m);
			JsonNode path = mentor.get("path");
			if (path != null && !path.isNull()) {
				allowed.addAll(checkChain(w, v, m, ids(path.get("people")), context + ", mentor " + m));
			}
		}
		checkMentions(w, answer, allowed, context);
	}

	/**
	 * Asking someone who knows the target through a tie the viewer may not see is
	 * answered exactly like asking someone who does not know the target.
	 */
	private void checkIntroductionValidation(World w, int v, RequestPostProcessor as, Random random, String context)
			throws Exception {
		List<int[]> hidden = new ArrayList<>();
		List<int[]> none = new ArrayList<>();
		for (int x = 0; x < w.n; x++) {
			if (x == v || !w.open[x] || !w.adj[v][x]) {
				continue;
			}
			for (int t = 0; t < w.n; t++) {
				if (t == v || t == x) {
					continue;
				}
				if (w.adj[x][t] && !w.shows(v, x, t)) {
					hidden.add(new int[] { x, t });
				}
				else if (!w.adj[x][t]) {
					none.add(new int[] { x, t });
				}
			}
		}
		if (hidden.isEmpty() || none.isEmpty()) {
			return;
		}
		int[] h = hidden.get(random.nextInt(hidden.size()));
		int[] o = none.get(random.nextInt(none.size()));
		String withHiddenTie = introduction(w, h, as);
		String withoutTie = introduction(w, o, as);
		assertThat(withoutTie).as(context).startsWith("422 ");
		assertThat(withHiddenTie)
			.as(context + ": asking " + h[0] + " about " + h[1] + " (hidden tie) vs " + o[0] + " about " + o[1])
			.isEqualTo(withoutTie);
	}

	private String introduction(World w, int[] viaTarget, RequestPostProcessor as) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/introductions").with(as)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(
						Map.of("via", w.ids[viaTarget[0]], "target", w.ids[viaTarget[1]], "goal", "property test"))))
			.andReturn();
		JsonNode body = this.json.readTree(result.getResponse().getContentAsString());
		if (body instanceof ObjectNode object) {
			object.remove("instance");
		}
		return result.getResponse().getStatus() + " " + result.getResponse().getContentType() + " " + body;
	}

	/**
	 * Analysts: no private member's id or name in brokers (articulation points, bridges),
	 * communities with their members and brokers, a communities job's result, or the
	 * introduction funnel; the communities answer does name this world's other people.
	 */
	private void checkAnalytics(World w, RequestPostProcessor analyst, String context, List<String> leaks)
			throws Exception {
		Set<Integer> notPrivate = new HashSet<>();
		for (int i = 0; i < w.n; i++) {
			if (!w.priv[i]) {
				notPrivate.add(i);
			}
		}
		check(leaks, () -> checkMentions(w, analytics(get("/api/analytics/brokers?top=1000"), analyst, context),
				notPrivate, context + ", brokers"));
		check(leaks, () -> {
			JsonNode communities = analytics(get("/api/analytics/communities?members=true&limit=10000"), analyst,
					context);
			assertThat(checkMentions(w, communities, notPrivate, context + ", communities"))
				.as(context + ": the communities answer names this world's people")
				.isNotEmpty();
		});
		check(leaks,
				() -> checkMentions(w,
						analytics(post("/api/analytics/communities/jobs?members=true&limit=10000"), analyst, context),
						notPrivate, context + ", communities job"));
		check(leaks, () -> checkMentions(w, analytics(get("/api/analytics/introductions"), analyst, context),
				notPrivate, context + ", introductions funnel"));
	}

	/** An analytics answer; a job (202) is followed to its result. */
	private JsonNode analytics(MockHttpServletRequestBuilder request, RequestPostProcessor analyst, String context)
			throws Exception {
		MvcResult result = this.mvc.perform(request.with(analyst)).andReturn();
		int status = result.getResponse().getStatus();
		assertThat(status).as(context + ": " + result.getResponse().getContentAsString()).isIn(200, 202);
		JsonNode body = this.json.readTree(result.getResponse().getContentAsString());
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (status == 202
				|| (body.has("status") && List.of("QUEUED", "RUNNING").contains(body.get("status").asText()))) {
			assertThat(System.nanoTime()).as(context + ": the job finishes in time").isLessThan(deadline);
			Thread.sleep(50);
			result = this.mvc.perform(get("/api/jobs/" + body.get("id").asText()).with(analyst)).andReturn();
			status = result.getResponse().getStatus();
			body = this.json.readTree(result.getResponse().getContentAsString());
		}
		return body;
	}

	/** Fails when the answer names someone of this world outside {@code allowed}. */
	private Set<Integer> checkMentions(World w, JsonNode answer, Set<Integer> allowed, String context) {
		Set<Integer> mentioned = w.mentionedIn(answer.toString());
		for (int p : mentioned) {
			String text = answer.toString();
			assertThat(allowed)
				.as(context + ": " + w.ids[p] + " is named in " + text.substring(0, Math.min(1500, text.length())))
				.contains(p);
		}
		return mentioned;
	}

	private JsonNode read(MockHttpServletRequestBuilder request, RequestPostProcessor as, String context)
			throws Exception {
		MvcResult result = this.mvc.perform(request.with(as)).andReturn();
		String body = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getStatus()).as(context + ": " + body).isEqualTo(200);
		return this.json.readTree(body);
	}

	private static List<String> ids(JsonNode array) {
		List<String> ids = new ArrayList<>();
		array.forEach(n -> ids.add(n.isNull() ? null : n.asText()));
		return ids;
	}

}
