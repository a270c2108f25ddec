package org.warmpath.export;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.nio.json.JSONImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.warmpath.MemberAccounts;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;
import org.warmpath.accounts.Caller;
import org.warmpath.visibility.Visibility;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Exports parse back with jgrapht-io's own importers into the same nodes and edges, carry
 * the attributes Gephi uses, and hold for an analyst only what the visibility rule shows
 * them.
 */
@WarmPathTest
class ExportApiTests {

	static final RequestPostProcessor ADMIN = httpBasic("admin", WarmPathTest.ADMIN_PASSWORD);

	static final Caller ADMIN_CALLER = new Caller("admin", null, true, false, false);

	private final MockMvc mvc;

	private final TestData data;

	private final Driver driver;

	private final GraphExport graphExport;

	private final Visibility visibility;

	TestGraphs g;

	@Autowired
	ExportApiTests(MockMvc mvc, TestData data, Driver driver, GraphExport graphExport, Visibility visibility) {
		this.visibility = visibility;
		this.mvc = mvc;
		this.data = data;
		this.driver = driver;
		this.graphExport = graphExport;
	}

	MemberAccounts accounts;

	@BeforeEach
	void graph() throws Exception {
		this.g = this.data.graph()
			.people("a", "b", "c", "d", "far")
			.ties("a-b:0.9", "b-c:0.8", "a-c:0.4", "c-d:0.7", "d-far:0.5");
		// b keeps their connections private, as a member does it (the projection knows)
		this.accounts = this.data.accounts();
		MemberAccounts.makeConnectionsPrivate(this.mvc, this.accounts.as(this.accounts.member(this.g.id("b"))));
	}

	private String export(String query, RequestPostProcessor who) throws Exception {
		MvcResult started = this.mvc.perform(get("/api/export?" + query).with(who))
			.andExpect(request().asyncStarted())
			.andReturn();
		return this.mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	static Graph<String, DefaultEdge> parse(String format, String text, Map<String, Map<String, String>> attrs) {
		Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		GraphImporter<String, DefaultEdge> importer = switch (format) {
			case "graphml" -> {
				GraphMLImporter<String, DefaultEdge> i = new GraphMLImporter<>();
				i.setVertexFactory(id -> id);
				i.addVertexAttributeConsumer((p, a) -> put(attrs, p.getFirst(), p.getSecond(), a));
				yield i;
			}
			case "gexf" -> {
				SimpleGEXFImporter<String, DefaultEdge> i = new SimpleGEXFImporter<>();
				i.setVertexFactory(id -> id);
				i.addVertexAttributeConsumer((p, a) -> put(attrs, p.getFirst(), p.getSecond(), a));
				yield i;
			}
			default -> {
				JSONImporter<String, DefaultEdge> i = new JSONImporter<>();
				i.setVertexFactory(id -> id);
				i.addVertexAttributeConsumer((p, a) -> put(attrs, p.getFirst(), p.getSecond(), a));
				yield i;
			}
		};
		importer.importGraph(graph, new StringReader(text));
		return graph;
	}

	private static void put(Map<String, Map<String, String>> attrs, String v, String key, Attribute a) {
		attrs.computeIfAbsent(v, k -> new java.util.HashMap<>()).put(key, a.getValue());
	}

	static Set<String> edges(Graph<String, DefaultEdge> graph) {
		Set<String> out = new HashSet<>();
		for (DefaultEdge e : graph.edgeSet()) {
			String a = graph.getEdgeSource(e);
			String b = graph.getEdgeTarget(e);
			out.add((a.compareTo(b) < 0) ? a + "|" + b : b + "|" + a);
		}
		return out;
	}

	@Test
	void everyFormatParsesBackToTheSameEgoNetworkWithAttributes() throws Exception {
		Set<String> people = Set.of(this.g.id("a"), this.g.id("b"), this.g.id("c"), this.g.id("d"));
		Set<String> ties = Set.of(pair("a", "b"), pair("b", "c"), pair("a", "c"), pair("c", "d"));
		for (String format : new String[] { "graphml", "gexf", "json" }) {
			Map<String, Map<String, String>> attrs = new java.util.HashMap<>();
			String text = export("format=" + format + "&scope=ego:" + this.g.id("a") + ":2", ADMIN);
			Graph<String, DefaultEdge> back = parse(format, text, attrs);
			assertThat(back.vertexSet()).as(format).isEqualTo(people);
			assertThat(edges(back)).as(format).isEqualTo(ties);
			Map<String, String> a = attrs.get(this.g.id("a"));
			assertThat(a).as(format).containsEntry("specialty", "Cardiology").containsEntry("region", "Wales");
			assertThat(a).as(format).containsKeys("community", "betweenness", "grade");
			assertThat(text).as(format).contains("colleague").contains("0.9");
			assertThat(attrs.get(this.g.id("b"))).as(format).containsEntry("name", "Test b");
		}
	}

	@Test
	void wholeNetworkExportHasEveryLivePersonAndTie() throws Exception {
		String text = export("format=graphml&scope=all", ADMIN);
		Graph<String, DefaultEdge> back = parse("graphml", text, new java.util.HashMap<>());
		assertThat(back.vertexSet()).contains(this.g.id("far")).hasSizeGreaterThanOrEqualTo(305);
		Long ties = this.driver.executableQuery("MATCH (:Person)-[k:KNOWS]->(:Person) RETURN count(k) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
		assertThat((long) back.edgeSet().size()).isEqualTo(ties);
	}

	@Test
	void tieContextsReadInSmallBatchesMatchEveryTiesContext() {
		GraphExport.Prepared p = this.graphExport.prepare("all", this.visibility.forViewer(ADMIN_CALLER));
		int m = p.graph().edgeSet().size();
		Map<String, String> expected = new java.util.HashMap<>();
		for (var r : this.driver.executableQuery(
				"MATCH (a:Person)-[k:KNOWS]->(b:Person) WHERE k.context IS NOT NULL RETURN a.id AS a, b.id AS b, k.context AS c")
			.execute()
			.records()) {
			String a = r.get("a").asString();
			String b = r.get("b").asString();
			expected.put((a.compareTo(b) < 0) ? a + "|" + b : b + "|" + a, r.get("c").asString());
		}
		assertThat(expected).as("ties with a context in the test graph").isNotEmpty();
		GraphExport.TieContexts batched = new GraphExport.TieContexts(this.driver, p.graph(), p.vertexId(), 7);
		Map<String, String> seen = new java.util.HashMap<>();
		for (int e = 0; e < m; e++) {
			String a = p.vertexId().apply(p.graph().getEdgeSource(e));
			String b = p.vertexId().apply(p.graph().getEdgeTarget(e));
			String c = batched.apply(e);
			if (c != null) {
				seen.put((a.compareTo(b) < 0) ? a + "|" + b : b + "|" + a, c);
			}
		}
		assertThat(seen).isEqualTo(expected);
		assertThat(batched.reads).as("one read per batch of 7 ties, walked in order").isEqualTo((m + 6) / 7);
		// out of order is still right (it rereads the batch starting there)
		assertThat(batched.apply(0)).isEqualTo(p.context().apply(0));
	}

	/**
	 * Issue 12: the export writes people and ties through the one visibility rule. An
	 * analyst's file, in every format and scope, holds no trace of a member whose
	 * connections are private: no node, no tie, no name, not even their id; an ego
	 * network does not walk through them, and one centred on them is the 404 of an
	 * unknown person. Nor does any node carry free text.
	 */
	@Test
	void analystsExportsLeaveOutAPrivateMemberAndEveryTieOfTheirs() throws Exception {
		RequestPostProcessor analyst = this.accounts.as(this.accounts.analyst());
		String b = this.g.id("b");
		for (String format : new String[] { "graphml", "gexf", "json" }) {
			for (String scope : new String[] { "all", "ego:" + this.g.id("a") + ":2", "community:" + community("a") }) {
				Map<String, Map<String, String>> attrs = new java.util.HashMap<>();
				String text = export("format=" + format + "&scope=" + scope, analyst);
				Graph<String, DefaultEdge> back = parse(format, text, attrs);
				String what = format + " " + scope;
				assertThat(back.vertexSet()).as(what).doesNotContain(b);
				assertThat(edges(back)).as(what).noneMatch(e -> e.contains(b));
				assertThat(text).as(what).doesNotContain(b);
				if (scope.startsWith("ego")) {
					// (other tests' people called b are in the whole network)
					assertThat(text).as(what).doesNotContain("Test b");
				}
				assertThat(text).as(what)
					.doesNotContain("headline")
					.doesNotContain("linkedinUrl")
					.doesNotContain("linkedin.com");
			}
			Graph<String, DefaultEdge> ego = parse(format,
					export("format=" + format + "&scope=ego:" + this.g.id("a") + ":2", analyst),
					new java.util.HashMap<>());
			assertThat(ego.vertexSet()).as(format)
				.containsExactlyInAnyOrder(this.g.id("a"), this.g.id("c"), this.g.id("d"));
			assertThat(edges(ego)).as(format).containsExactlyInAnyOrder(pair("a", "c"), pair("c", "d"));
		}
		Map<String, Map<String, String>> attrs = new java.util.HashMap<>();
		parse("gexf", export("format=gexf&scope=ego:" + this.g.id("a") + ":1", analyst), attrs);
		assertThat(attrs.get(this.g.id("a"))).containsEntry("name", "Test a");
		String unknown = this.mvc.perform(get("/api/export?scope=ego:nobody:1").with(analyst))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String privateOne = this.mvc.perform(get("/api/export?scope=ego:" + b + ":1").with(analyst))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(privateOne.replace(b, "nobody")).isEqualTo(unknown);
		// an admin's file still has them, with their ties
		Graph<String, DefaultEdge> all = parse("graphml", export("format=graphml&scope=ego:" + b + ":1", ADMIN),
				new java.util.HashMap<>());
		assertThat(edges(all)).contains(pair("a", "b"), pair("b", "c"));
	}

	/** The community {@code person} is in, as the admin's export labels it. */
	private String community(String person) throws Exception {
		Map<String, Map<String, String>> attrs = new java.util.HashMap<>();
		parse("graphml", export("format=graphml&scope=ego:" + this.g.id(person) + ":1", ADMIN), attrs);
		return attrs.get(this.g.id(person)).get("community");
	}

	@Test
	void badFormatsAndScopesAreProblems() throws Exception {
		this.mvc.perform(get("/api/export?format=pdf").with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("format"));
		this.mvc.perform(get("/api/export?scope=ego:x").with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("scope"));
		this.mvc.perform(get("/api/export?scope=ego:nobody-" + UUID.randomUUID() + ":1").with(ADMIN))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/export?scope=community:999999").with(ADMIN)).andExpect(status().isNotFound());
	}

	private String pair(String x, String y) {
		String a = this.g.id(x);
		String b = this.g.id(y);
		return (a.compareTo(b) < 0) ? a + "|" + b : b + "|" + a;
	}

}
