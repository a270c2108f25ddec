package org.warmpath.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.jgrapht.Graph;
import org.jgrapht.alg.util.Triple;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.opt.graph.sparse.SparseIntUndirectedWeightedGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Streams for large graphs": the file reaches the response stream in many small writes
 * while the exporter walks the graph (jgrapht-io writes element by element through an 8
 * KiB writer buffer), never as one document built in memory first. What is held in memory
 * is the JGraphT graph of the scope with its attributes (measured at 100k people in
 * docs/benchmarks.md). The graph handed to the exporter is a jgrapht-opt sparse graph
 * with attributes computed on demand, as {@link GraphExport#prepare} builds it.
 */
class ExportStreamingTests {

	@ParameterizedTest
	@EnumSource(GraphExport.Format.class)
	void theFileIsWrittenToTheStreamIncrementally(GraphExport.Format format) {
		int n = 20_000;
		List<Triple<Integer, Integer, Double>> ties = new ArrayList<>();
		for (int i = 1; i < n; i++) {
			ties.add(Triple.of(i, i / 2, 0.5));
		}
		Graph<Integer, Integer> g = new SparseIntUndirectedWeightedGraph(n, ties);
		IntFunction<Map<String, Attribute>> nodes = i -> {
			Map<String, Attribute> a = new LinkedHashMap<>();
			a.put("label", DefaultAttribute.createAttribute("Person " + i));
			a.put("community", DefaultAttribute.createAttribute(i % 7));
			return a;
		};
		long[] writes = new long[1];
		long[] bytes = new long[1];
		long[] largest = new long[1];
		OutputStream counting = new OutputStream() {
			@Override
			public void write(int b) {
				writes[0]++;
				bytes[0]++;
			}

			@Override
			public void write(byte[] b, int off, int len) {
				writes[0]++;
				bytes[0] += len;
				largest[0] = Math.max(largest[0], len);
			}
		};
		new GraphExport(null, null).write(
				new GraphExport.Prepared(g, i -> "p" + i, nodes, e -> (e % 3 == 0) ? "colleague" : null), format,
				counting);
		assertThat(bytes[0]).as("file size").isGreaterThan(500_000);
		assertThat(writes[0]).as("writes reaching the stream").isGreaterThan(50);
		assertThat(largest[0]).as("largest single write").isLessThanOrEqualTo(64 * 1024);
	}

}
