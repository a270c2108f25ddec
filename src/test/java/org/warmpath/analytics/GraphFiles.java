package org.warmpath.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads the public graphs under {@code ../shared/data} into {@link AnalysisGraph}s: LDBC
 * Graphalytics vertex-adjacency and {@code .v}/{@code .e} files, expected outputs, and
 * SNAP edge lists. Vertex ids are mapped to indices in ascending id order.
 */
final class GraphFiles {

	static final Path DATA = locate();

	private GraphFiles() {
	}

	private static Path locate() {
		for (Path p : List.of(Path.of("../shared/data"), Path.of("/work/shared/data"))) {
			if (Files.isDirectory(p)) {
				return p;
			}
		}
		return Path.of("../shared/data");
	}

	/** A graph and its vertex ids (index i has id ids[i]). */
	record Loaded(AnalysisGraph graph, long[] ids) {

		int index(long id) {
			int i = Arrays.binarySearch(this.ids, id);
			if (i < 0) {
				throw new IllegalArgumentException("no vertex " + id);
			}
			return i;
		}

	}

	/** Graphalytics vertex-based file: each line {@code v n1 n2 ...}. */
	static Loaded adjacency(Path file, boolean directed) throws IOException {
		List<long[]> rows = new ArrayList<>();
		TreeSet<Long> ids = new TreeSet<>();
		for (String line : Files.readAllLines(file)) {
			if (line.isBlank()) {
				continue;
			}
			long[] row = Arrays.stream(line.trim().split("\\s+")).mapToLong(Long::parseLong).toArray();
			rows.add(row);
			for (long id : row) {
				ids.add(id);
			}
		}
		long[] idArr = ids.stream().mapToLong(Long::longValue).toArray();
		AnalysisGraph.Builder b = AnalysisGraph.builder(idArr.length, directed);
		for (long[] row : rows) {
			int u = Arrays.binarySearch(idArr, row[0]);
			for (int i = 1; i < row.length; i++) {
				b.add(u, Arrays.binarySearch(idArr, row[i]), 1.0);
			}
		}
		return new Loaded(b.build(), idArr);
	}

	/** Graphalytics {@code .v} and {@code .e} files ({@code src dst [weight]}). */
	static Loaded vertexEdge(Path vertices, Path edges, boolean directed) throws IOException {
		long[] idArr = Files.readAllLines(vertices)
			.stream()
			.filter(l -> !l.isBlank())
			.mapToLong(l -> Long.parseLong(l.trim()))
			.sorted()
			.toArray();
		AnalysisGraph.Builder b = AnalysisGraph.builder(idArr.length, directed);
		for (String line : Files.readAllLines(edges)) {
			if (line.isBlank()) {
				continue;
			}
			String[] f = line.trim().split("\\s+");
			double w = (f.length > 2) ? Double.parseDouble(f[2]) : 1.0;
			b.add(Arrays.binarySearch(idArr, Long.parseLong(f[0])), Arrays.binarySearch(idArr, Long.parseLong(f[1])),
					w);
		}
		return new Loaded(b.build(), idArr);
	}

	/** Expected output: {@code vertexId value} per line, as text. */
	static Map<Long, String> expected(Path file) throws IOException {
		Map<Long, String> out = new LinkedHashMap<>();
		for (String line : Files.readAllLines(file)) {
			if (!line.isBlank()) {
				String[] f = line.trim().split("\\s+");
				out.put(Long.parseLong(f[0]), f[1]);
			}
		}
		return out;
	}

	/**
	 * SNAP file as shipped here: line 1 {@code E N}, then E lines {@code u v}, then N
	 * lines {@code node value} (nodes, some possibly isolated). Undirected; self-loops
	 * dropped.
	 */
	static Loaded snap(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file);
		String[] head = lines.get(0).trim().split("\\s+");
		int e = Integer.parseInt(head[0]);
		int nodes = Integer.parseInt(head[1]);
		TreeSet<Long> ids = new TreeSet<>();
		long[][] edges = new long[e][];
		for (int i = 0; i < e; i++) {
			String[] f = lines.get(1 + i).trim().split("\\s+");
			edges[i] = new long[] { Long.parseLong(f[0]), Long.parseLong(f[1]) };
			ids.add(edges[i][0]);
			ids.add(edges[i][1]);
		}
		for (int i = 0; i < nodes && 1 + e + i < lines.size(); i++) {
			String l = lines.get(1 + e + i).trim();
			if (!l.isEmpty()) {
				ids.add(Long.parseLong(l.split("\\s+")[0]));
			}
		}
		long[] idArr = ids.stream().mapToLong(Long::longValue).toArray();
		AnalysisGraph.Builder b = AnalysisGraph.builder(idArr.length, false);
		for (long[] edge : edges) {
			b.add(Arrays.binarySearch(idArr, edge[0]), Arrays.binarySearch(idArr, edge[1]), 1.0);
		}
		return new Loaded(b.build(), idArr);
	}

	/**
	 * CSV edge list with a header ({@code u,v}), read as undirected (email-Eu-core); ids
	 * are the distinct endpoints; self-loops dropped.
	 */
	static Loaded csvEdges(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file);
		TreeSet<Long> ids = new TreeSet<>();
		List<long[]> edges = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			if (line.isBlank()) {
				continue;
			}
			String[] f = line.trim().split(",");
			long[] e = { Long.parseLong(f[0].trim()), Long.parseLong(f[1].trim()) };
			edges.add(e);
			ids.add(e[0]);
			ids.add(e[1]);
		}
		long[] idArr = ids.stream().mapToLong(Long::longValue).toArray();
		AnalysisGraph.Builder b = AnalysisGraph.builder(idArr.length, false);
		for (long[] e : edges) {
			b.add(Arrays.binarySearch(idArr, e[0]), Arrays.binarySearch(idArr, e[1]), 1.0);
		}
		return new Loaded(b.build(), idArr);
	}

}
