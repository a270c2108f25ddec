package org.warmpath.export;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jgrapht.Graph;
import org.jgrapht.alg.util.Triple;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.json.JSONExporter;
import org.jgrapht.opt.graph.sparse.SparseIntUndirectedWeightedGraph;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.warmpath.analytics.AnalysisGraph;
import org.warmpath.analytics.NetworkAnalytics;
import org.warmpath.analytics.NetworkView;
import org.warmpath.analytics.Progress;
import org.warmpath.cypher.Cypher;
import org.warmpath.problems.Problems;
import org.warmpath.visibility.Viewer;

import org.springframework.stereotype.Service;

/**
 * Writes (part of) the network as GraphML, GEXF or JGraphT JSON through jgrapht-io, with
 * the node attributes Gephi colours and sizes by (specialty, region, grade, community,
 * betweenness) and edge strength and context.
 *
 * <p>
 * Privacy: nodes never carry headline, e-mail, LinkedIn URL or any free text. Who and
 * which ties a file holds is decided by the one visibility rule, not here: every person
 * and tie is written through the caller's {@link Viewer}. An export is an aggregate
 * answer like the analytics it carries ({@link Viewer#disclosePerson(String)}): a person
 * the rule keeps anonymous from the viewer (an analyst, for a member whose connections
 * are private) is left out of the file with every tie of theirs, since a node of a graph
 * file is its ties, and an anonymous node with its neighbours would still say whom they
 * know. An ego scope walks only the ties it may write, and one centred on such a person
 * is a 404, as for someone who does not exist. Admins get everyone. The figures of the
 * people written (community, betweenness) are the network's, as in analytics answers.
 *
 * <p>
 * Memory: the export holds a jgrapht-opt sparse graph of the scope (int arrays, no object
 * per node or tie) and computes each node's and tie's attributes when the exporter writes
 * it; tie contexts are read from Neo4j {@link #CONTEXT_BATCH} ties at a time as the
 * exporter walks the ties. Nothing else grows with the graph.
 */
@Service
public class GraphExport {

	/** Deepest ego network an export takes. */
	public static final int MAX_EGO_DEPTH = 3;

	private final NetworkAnalytics analytics;

	private final Driver driver;

	GraphExport(NetworkAnalytics analytics, Driver driver) {
		this.analytics = analytics;
		this.driver = driver;
	}

	/** Export formats. */
	public enum Format {

		GRAPHML("application/graphml+xml", "graphml"), GEXF("application/gexf+xml", "gexf"),
		JSON("application/json", "json");

		final String mediaType;

		final String extension;

		Format(String mediaType, String extension) {
			this.mediaType = mediaType;
			this.extension = extension;
		}

		public String mediaType() {
			return this.mediaType;
		}

		public String extension() {
			return this.extension;
		}

	}

	/** Edges whose tie contexts one Neo4j read fetches while the exporter walks. */
	public static final int CONTEXT_BATCH = 2_000;

	/**
	 * A graph ready to write: a compact jgrapht-opt sparse graph over the people of the
	 * scope (vertex {@code i} is the {@code i}-th person of the scope, edge {@code e} the
	 * {@code e}-th tie, weight = strength), with attributes computed when the exporter
	 * asks for them (node attributes from the analytics view's arrays, tie contexts read
	 * from Neo4j a batch at a time), so nothing per node or per tie is held beyond the
	 * sparse graph's arrays.
	 *
	 * @param graph the scope as an immutable sparse graph
	 * @param vertexId person id of a vertex
	 * @param nodes node attributes of a vertex, built on demand
	 * @param context context of an edge (null when none), read on demand
	 */
	public record Prepared(Graph<Integer, Integer> graph, IntFunction<String> vertexId,
			IntFunction<Map<String, Attribute>> nodes, IntFunction<String> context) {
	}

	/**
	 * Resolves a scope ({@code all}, {@code ego:{id}:{depth}}, {@code community:{n}})
	 * into a graph view with attribute providers. O(n + m) time; retains the sparse graph
	 * (about 40 bytes per tie) and two int arrays of the people count.
	 * @param scope the scope
	 * @param viewer who the file is for: only the people and ties it may see are written
	 */
	public Prepared prepare(String scope, Viewer viewer) {
		NetworkView v = this.analytics.view();
		AnalysisGraph g = v.graph();
		int[] community = this.analytics.communityOf(Progress.NONE);
		boolean[] shown = shown(v, viewer);
		boolean[] in = select(scope, v, community, shown);
		double[] betweenness = this.analytics.betweenness(Progress.NONE).values();
		int count = 0;
		for (boolean b : in) {
			count += b ? 1 : 0;
		}
		int[] members = new int[count];
		int[] local = new int[g.vertexCount()];
		Arrays.fill(local, -1);
		for (int p = 0, i = 0; p < in.length; p++) {
			if (in[p]) {
				members[i] = p;
				local[p] = i++;
			}
		}
		int edges = 0;
		for (int p : members) {
			for (int q : g.neighbours(p)) {
				if (q > p && local[q] >= 0) {
					edges++;
				}
			}
		}
		Supplier<Stream<Triple<Integer, Integer, Double>>> ties = () -> Arrays.stream(members)
			.boxed()
			.flatMap(p -> Arrays.stream(g.neighbours(p))
				.filter(q -> q > p && local[q] >= 0)
				.mapToObj(q -> Triple.of(local[p], local[q], asStored(g.weight(p, q)))));
		Graph<Integer, Integer> sparse = new SparseIntUndirectedWeightedGraph(count, edges, ties);
		IntFunction<String> id = i -> v.knows().id(members[i]);
		IntFunction<Map<String, Attribute>> nodes = i -> {
			int p = members[i];
			Map<String, Attribute> a = new LinkedHashMap<>();
			String name = v.name(p);
			a.put("label", DefaultAttribute.createAttribute((name != null) ? name : v.knows().id(p)));
			if (name != null) {
				a.put("name", DefaultAttribute.createAttribute(name));
			}
			putIfPresent(a, "specialty", v.specialtyOf(p));
			putIfPresent(a, "region", v.regionOf(p));
			putIfPresent(a, "grade", v.grades()[p]);
			a.put("community", DefaultAttribute.createAttribute(community[p]));
			a.put("betweenness", DefaultAttribute.createAttribute(betweenness[p]));
			return a;
		};
		return new Prepared(sparse, id, nodes, new TieContexts(this.driver, sparse, id, CONTEXT_BATCH));
	}

	/**
	 * Contexts of the ties, read from Neo4j {@link #CONTEXT_BATCH} edges at a time in the
	 * order the exporter walks the edges (0, 1, 2, ...): only the current batch is held.
	 * Asked for an edge outside the batch, it reads the batch starting there (so any
	 * order is correct, the walk order is cheap). One instance per export (one thread).
	 */
	static final class TieContexts implements IntFunction<String> {

		private final Driver driver;

		private final Graph<Integer, Integer> graph;

		private final IntFunction<String> id;

		private final int batchSize;

		private int from = -1;

		private String[] batch = new String[0];

		int reads;

		TieContexts(Driver driver, Graph<Integer, Integer> graph, IntFunction<String> id, int batchSize) {
			this.driver = driver;
			this.graph = graph;
			this.id = id;
			this.batchSize = batchSize;
		}

		@Override
		public String apply(int e) {
			if (this.from < 0 || e < this.from || e >= this.from + this.batch.length) {
				load(e);
			}
			return this.batch[e - this.from];
		}

		private void load(int first) {
			int size = Math.min(this.batchSize, this.graph.edgeSet().size() - first);
			this.reads++;
			List<List<String>> pairs = new ArrayList<>(size);
			Map<String, Integer> slot = new HashMap<>(size * 2);
			for (int k = 0; k < size; k++) {
				String a = this.id.apply(this.graph.getEdgeSource(first + k));
				String b = this.id.apply(this.graph.getEdgeTarget(first + k));
				pairs.add(List.of(a, b));
				slot.put(a + '\u0000' + b, k);
			}
			String[] contexts = new String[size];
			for (Record r : Cypher.read(this.driver, "analytics/tie-contexts-of", Map.of("pairs", pairs))) {
				Integer k = slot.get(r.get("a").asString() + '\u0000' + r.get("b").asString());
				if (k != null && !r.get("context").isNull()) {
					contexts[k] = r.get("context").asString();
				}
			}
			this.from = first;
			this.batch = contexts;
		}

	}

	/**
	 * The projection keeps strengths as floats; written back as the shortest decimal of
	 * that float (0.9, not 0.8999999761581421).
	 */
	static double asStored(double strength) {
		return Double.parseDouble(Float.toString((float) strength));
	}

	private static void putIfPresent(Map<String, Attribute> a, String key, String value) {
		if (value != null) {
			a.put(key, DefaultAttribute.createAttribute(value));
		}
	}

	/**
	 * Whom the file may hold, by the visibility rule: the people the viewer may see named
	 * in an aggregate answer. A tie is written only between two of them, that is when
	 * neither end withholds their ties from the viewer ({@link Viewer#tiesWithheldBy}).
	 */
	private static boolean[] shown(NetworkView v, Viewer viewer) {
		boolean[] shown = new boolean[v.graph().vertexCount()];
		for (int p = 0; p < shown.length; p++) {
			String id = v.knows().id(p);
			shown[p] = viewer.disclosePerson(id).identified() && !viewer.tiesWithheldBy(id);
		}
		return shown;
	}

	private boolean[] select(String scope, NetworkView v, int[] community, boolean[] shown) {
		AnalysisGraph g = v.graph();
		boolean[] in = new boolean[g.vertexCount()];
		String[] parts = (scope == null) ? new String[] { "all" } : scope.split(":", -1);
		switch (parts[0]) {
			case "all" -> {
				if (parts.length != 1) {
					throw badScope(scope);
				}
				for (int p = 0; p < in.length; p++) {
					in[p] = g.isLive(p) && shown[p];
				}
			}
			case "ego" -> {
				if (parts.length != 3) {
					throw badScope(scope);
				}
				int source = v.knows().indexOf(parts[1]);
				if (source < 0 || !g.isLive(source) || !shown[source]) {
					throw Problems.notFound("person", parts[1]);
				}
				int depth = number(parts[2], scope);
				if (depth < 1 || depth > MAX_EGO_DEPTH) {
					throw Problems.badRequest("scope", "Ego depth must be between 1 and " + MAX_EGO_DEPTH);
				}
				int[] frontier = { source };
				in[source] = true;
				for (int d = 0; d < depth; d++) {
					int[] next = new int[0];
					int k = 0;
					for (int p : frontier) {
						for (int q : g.neighbours(p)) {
							if (!in[q] && shown[q]) {
								in[q] = true;
								if (k == next.length) {
									next = Arrays.copyOf(next, Math.max(8, k * 2));
								}
								next[k++] = q;
							}
						}
					}
					frontier = Arrays.copyOf(next, k);
				}
			}
			case "community" -> {
				if (parts.length != 2) {
					throw badScope(scope);
				}
				int c = number(parts[1], scope);
				boolean any = false;
				for (int p = 0; p < in.length; p++) {
					in[p] = community[p] == c && shown[p];
					any |= in[p];
				}
				if (!any) {
					throw Problems.notFound("community", parts[1]);
				}
			}
			default -> throw badScope(scope);
		}
		return in;
	}

	private static int number(String s, String scope) {
		try {
			return Integer.parseInt(s);
		}
		catch (NumberFormatException ex) {
			throw badScope(scope);
		}
	}

	private static RuntimeException badScope(String scope) {
		return Problems.badRequest("scope",
				"scope must be all, ego:{personId}:{depth} or community:{n}, not '" + scope + "'");
	}

	/** Writes a prepared graph in a format; the writer is flushed, not closed. */
	public void write(Prepared p, Format format, OutputStream stream) {
		Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
		Function<Integer, String> vertexId = p.vertexId()::apply;
		Function<Integer, Map<String, Attribute>> nodes = p.nodes()::apply;
		switch (format) {
			case GRAPHML -> {
				GraphMLExporter<Integer, Integer> x = new GraphMLExporter<>(vertexId);
				x.setExportEdgeWeights(true);
				x.setEdgeWeightAttributeName("strength");
				x.registerAttribute("label", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
				x.registerAttribute("name", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
				x.registerAttribute("specialty", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
				x.registerAttribute("region", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
				x.registerAttribute("grade", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
				x.registerAttribute("community", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
				x.registerAttribute("betweenness", GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
				x.registerAttribute("context", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
				x.setVertexAttributeProvider(nodes);
				x.setEdgeAttributeProvider(e -> edgeAttributes(p, e, false));
				x.exportGraph(p.graph(), writer);
			}
			case GEXF -> {
				GEXFExporter<Integer, Integer> x = new GEXFExporter<>(vertexId, e -> "e" + e);
				x.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
				x.registerAttribute("name", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
				x.registerAttribute("specialty", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
				x.registerAttribute("region", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
				x.registerAttribute("grade", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
				x.registerAttribute("community", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
				x.registerAttribute("betweenness", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.DOUBLE);
				x.registerAttribute("strength", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.DOUBLE);
				x.registerAttribute("context", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
				x.setVertexAttributeProvider(nodes);
				x.setEdgeAttributeProvider(e -> edgeAttributes(p, e, true));
				x.exportGraph(p.graph(), writer);
			}
			case JSON -> {
				JSONExporter<Integer, Integer> x = new JSONExporter<>(vertexId);
				x.setVertexAttributeProvider(nodes);
				x.setEdgeAttributeProvider(e -> edgeAttributes(p, e, true));
				x.exportGraph(p.graph(), writer);
			}
		}
		try {
			writer.flush();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static Map<String, Attribute> edgeAttributes(Prepared p, Integer e, boolean withStrength) {
		Map<String, Attribute> a = new LinkedHashMap<>();
		if (withStrength) {
			a.put("strength", DefaultAttribute.createAttribute(p.graph().getEdgeWeight(e)));
		}
		String context = p.context().apply(e);
		if (context != null) {
			a.put("context", DefaultAttribute.createAttribute(context));
		}
		return a;
	}

}
