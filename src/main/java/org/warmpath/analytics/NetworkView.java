package org.warmpath.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.warmpath.projection.KnowsGraph;
import org.warmpath.paths.PathFinder;

/**
 * One graph version as analytics see it: the projection, its {@link AnalysisGraph} view,
 * and the person attributes that answers are split by, aligned with projection indices.
 * Built once per projection version and shared by every analysis of that version.
 *
 * @param version the projection's write sequence ({@code Projection.Snapshot.covers()})
 * @param knows the projection
 * @param finder its search kernels
 * @param analysisGraph the analytics view of it (see {@link AnalysisGraph#of}), built on
 * first use: a reach request, the usual first analytics request after a write, runs on
 * the projection itself, and copying a projection with ties added in place into an
 * analysis graph was three quarters of that request's time (issue 13)
 * @param names display names (null when unknown)
 * @param grades grades as written
 * @param specialty code of each person's specialty in {@code specialties} (-1: none)
 * @param region code of each person's region in {@code regions} (-1: none)
 * @param specialties specialty names by code
 * @param regions region names by code
 * @param mentorWithCapacity open to mentoring with capacity left
 * @param privateConnections whose connection visibility is private
 */
public record NetworkView(long version, KnowsGraph knows, PathFinder finder, Lazy analysisGraph, String[] names,
		String[] grades, int[] specialty, int[] region, List<String> specialties, List<String> regions,
		boolean[] mentorWithCapacity, boolean[] privateConnections) {

	/**
	 * The analytics view of the projection, built on first use and kept with this view.
	 * @return the analysis graph of this version
	 */
	public AnalysisGraph graph() {
		return this.analysisGraph.get();
	}

	/** Name of person {@code v}, or null. */
	public String name(int v) {
		return this.names[v];
	}

	public String specialtyOf(int v) {
		return (this.specialty[v] < 0) ? null : this.specialties.get(this.specialty[v]);
	}

	public String regionOf(int v) {
		return (this.region[v] < 0) ? null : this.regions.get(this.region[v]);
	}

	/**
	 * The analysis graph of one projection version, built once, on first use, by
	 * whichever analysis needs it first (the others wait for it).
	 */
	static final class Lazy {

		private final KnowsGraph knows;

		private volatile AnalysisGraph graph;

		Lazy(KnowsGraph knows) {
			this.knows = knows;
		}

		AnalysisGraph get() {
			AnalysisGraph g = this.graph;
			if (g == null) {
				synchronized (this) {
					g = this.graph;
					if (g == null) {
						g = AnalysisGraph.of(this.knows);
						this.graph = g;
					}
				}
			}
			return g;
		}

	}

	/** Interns category names into codes while the view is assembled. */
	static final class Codes {

		final Map<String, Integer> index = new HashMap<>();

		final List<String> names = new ArrayList<>();

		int code(String name) {
			if (name == null) {
				return -1;
			}
			return this.index.computeIfAbsent(name, k -> {
				this.names.add(k);
				return this.names.size() - 1;
			});
		}

	}

}
