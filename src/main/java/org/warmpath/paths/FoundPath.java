package org.warmpath.paths;

import java.util.List;

/**
 * What an engine found, before it is explained: the people in order and the strength of
 * each tie between them.
 *
 * @param people person ids from source to target
 * @param strengths strengths of the ties, one fewer than people
 */
record FoundPath(List<String> people, List<Double> strengths) {

	double cost() {
		double c = 0;
		for (double s : this.strengths) {
			c -= Math.log(s);
		}
		return c;
	}

	int hops() {
		return this.strengths.size();
	}

}
