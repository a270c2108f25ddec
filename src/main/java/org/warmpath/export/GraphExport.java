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

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.json.JSONExporter;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.warmpath.analytics.AnalysisGraph;
import org.warmpath.analytics.NetworkAnalytics;
import org.warmpath.analytics.NetworkView;
import org.warmpath.analytics.Progress;
import org.warmpath.cypher.Cypher;
import org.warmpath.web.Problems;

import org.springframework.stereotype.Service;

/**
 * Writes (part of) the network as GraphML, GEXF or JGraphT JSON through jgrapht-io, with
 * the node attributes Gephi colours and sizes by (specialty, region, grade, community,
 * betweenness) and edge strength and context.
 *
 * <p>
 * Privacy: nodes never carry headline, e-mail, LinkedIn URL or any free text. For an
 * analyst, the name of a person whose connection visibility is private is left out (the
 * node is labelled by id only); admins get every name.
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

	/** A graph ready to write, with its attributes. */
	public record Prepared(Graph<String, DefaultWeightedEdge> graph, Map<String, Map<String, Attribute>> nodes,
			Map<DefaultWeightedEdge, String> contexts) {
	}

	/**
	 * Resolves a scope ({@code all}, {@code ego:{id}:{depth}}, {@code community:{n}})
	 * into a graph with attributes.
	 * @param scope the scope
	 * @param withPrivateNames whether names of people with private connections are kept
	 */
	public Prepared prepare(String scope, boolean withPrivateNames) {
		NetworkView v = this.analytics.view();
		AnalysisGraph g = v.graph();
		int[] community = this.analytics.communityOf(Progress.NONE);
		double[] betweenness = this.analytics.betweenness(Progress.NONE).values();
		boolean[] in = select(scope, v, community);
		SimpleWeightedGraph<String, DefaultWeightedEdge> out = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		Map<String, Map<String, Attribute>> nodes = new HashMap<>();
		List<String> ids = new ArrayList<>();
		for (int p = 0; p < g.vertexCount(); p++) {
			if (!in[p]) {
				continue;
			}
			String id = v.knows().id(p);
			ids.add(id);
			out.addVertex(id);
			Map<String, Attribute> a = new LinkedHashMap<>();
			String name = (withPrivateNames || !v.privateConnections()[p]) ? v.name(p) : null;
			a.put("label", DefaultAttribute.createAttribute((name != null) ? name : id));
			if (name != null) {
				a.put("name", DefaultAttribute.createAttribute(name));
			}
			putIfPresent(a, "specialty", v.specialtyOf(p));
			putIfPresent(a, "region", v.regionOf(p));
			putIfPresent(a, "grade", v.grades()[p]);
			a.put("community", DefaultAttribute.createAttribute(community[p]));
			a.put("betweenness", DefaultAttribute.createAttribute(betweenness[p]));
			nodes.put(id, a);
		}
		for (int p = 0; p < g.vertexCount(); p++) {
			if (!in[p]) {
				continue;
			}
			for (int q : g.neighbours(p)) {
				if (q > p && in[q]) {
					DefaultWeightedEdge e = out.addEdge(v.knows().id(p), v.knows().id(q));
					out.setEdgeWeight(e, asStored(g.weight(p, q)));
				}
			}
		}
		Map<DefaultWeightedEdge, String> contexts = new HashMap<>();
		boolean all = "all".equals(scope);
		for (Record r : this.driver.executableQuery(Cypher.query("analytics/tie-contexts"))
			.withParameters(Collections.params(all ? null : ids))
			.withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
			.execute()
			.records()) {
			String a = r.get("a").asString();
			String b = r.get("b").asString();
			if (out.containsVertex(a) && out.containsVertex(b)) {
				DefaultWeightedEdge e = out.getEdge(a, b);
				if (e != null && !r.get("context").isNull()) {
					contexts.put(e, r.get("context").asString());
				}
			}
		}
		return new Prepared(out, nodes, contexts);
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

	private boolean[] select(String scope, NetworkView v, int[] community) {
		AnalysisGraph g = v.graph();
		boolean[] in = new boolean[g.vertexCount()];
		String[] parts = (scope == null) ? new String[] { "all" } : scope.split(":", -1);
		switch (parts[0]) {
			case "all" -> {
				if (parts.length != 1) {
					throw badScope(scope);
				}
				for (int p = 0; p < in.length; p++) {
					in[p] = g.isLive(p);
				}
			}
			case "ego" -> {
				if (parts.length != 3) {
					throw badScope(scope);
				}
				int source = v.knows().indexOf(parts[1]);
				if (source < 0 || !g.isLive(source)) {
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
							if (!in[q]) {
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
					in[p] = community[p] == c;
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
		switch (format) {
			case GRAPHML -> {
				GraphMLExporter<String, DefaultWeightedEdge> x = new GraphMLExporter<>(id -> id);
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
				x.setVertexAttributeProvider(p.nodes()::get);
				x.setEdgeAttributeProvider(e -> edgeAttributes(p, e, false));
				x.exportGraph(p.graph(), writer);
			}
			case GEXF -> {
				GEXFExporter<String, DefaultWeightedEdge> x = new GEXFExporter<>(id -> id, new EdgeIds<>());
				x.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
				x.registerAttribute("name", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
				x.registerAttribute("specialty", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
				x.registerAttribute("region", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
				x.registerAttribute("grade", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
				x.registerAttribute("community", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
				x.registerAttribute("betweenness", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.DOUBLE);
				x.registerAttribute("strength", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.DOUBLE);
				x.registerAttribute("context", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
				x.setVertexAttributeProvider(p.nodes()::get);
				x.setEdgeAttributeProvider(e -> edgeAttributes(p, e, true));
				x.exportGraph(p.graph(), writer);
			}
			case JSON -> {
				JSONExporter<String, DefaultWeightedEdge> x = new JSONExporter<>(id -> id);
				x.setVertexAttributeProvider(p.nodes()::get);
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

	private static Map<String, Attribute> edgeAttributes(Prepared p, DefaultWeightedEdge e, boolean withStrength) {
		Map<String, Attribute> a = new LinkedHashMap<>();
		if (withStrength) {
			a.put("strength", DefaultAttribute.createAttribute(p.graph().getEdgeWeight(e)));
		}
		String context = p.contexts().get(e);
		if (context != null) {
			a.put("context", DefaultAttribute.createAttribute(context));
		}
		return a;
	}

	/** Numbers edges e0, e1, ... in the order the exporter asks. */
	private static final class EdgeIds<E> implements java.util.function.Function<E, String> {

		private final Map<E, String> ids = new HashMap<>();

		@Override
		public String apply(E e) {
			return this.ids.computeIfAbsent(e, k -> "e" + this.ids.size());
		}

	}

	/** Query parameter maps that allow a null value. */
	private static final class Collections {

		static Map<String, Object> params(List<String> ids) {
			Map<String, Object> m = new HashMap<>();
			m.put("ids", ids);
			return m;
		}

	}

}
