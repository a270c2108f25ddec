package org.warmpath.paths;

import java.util.ArrayList;
import java.util.List;

import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.Projection;

import org.springframework.stereotype.Component;

/**
 * The default engine: the capped label-setting, bidirectional BFS and Yen kernels of
 * {@link PathFinder} over the in-memory projection; sub-millisecond where Cypher takes
 * seconds for warmest paths.
 */
@Component
class GraphPathEngine implements PathEngine {

	private final Projection projection;

	private final PathsProperties properties;

	private final RouteWeights weights;

	GraphPathEngine(Projection projection, PathsProperties properties, RouteWeights weights) {
		this.projection = projection;
		this.properties = properties;
		this.weights = weights;
	}

	@Override
	public String name() {
		return "graph";
	}

	@Override
	public List<FoundPath> find(PathRequest request) {
		Projection.Snapshot snapshot = this.projection.snapshot();
		KnowsGraph graph = snapshot.graph();
		int source = graph.indexOf(request.from());
		int target = graph.indexOf(request.to());
		if (source < 0 || target < 0 || graph.isRemoved(source) || graph.isRemoved(target)) {
			return List.of();
		}
		int[] avoid = request.avoid().stream().mapToInt(graph::indexOf).filter(i -> i >= 0).toArray();
		SearchLimits limits = new SearchLimits(request.maxHops(), request.minStrength(), avoid,
				System.nanoTime() + this.properties.timeBudget().toNanos());
		List<FoundPath> out = new ArrayList<>();
		for (GraphPath path : PathFinder.of(snapshot.graph())
			.paths(request.mode(), source, target, request.k(), limits,
					(request.mode() == PathMode.LIKELIEST) ? this.weights.weights(graph) : null)) {
			List<String> people = new ArrayList<>(path.nodes().length);
			for (int node : path.nodes()) {
				people.add(graph.id(node));
			}
			List<Double> strengths = new ArrayList<>(path.edges().length);
			for (int tie : path.edges()) {
				strengths.add(graph.tieStrength(tie));
			}
			out.add(new FoundPath(people, strengths));
		}
		return out;
	}

}
