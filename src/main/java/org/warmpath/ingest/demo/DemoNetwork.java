package org.warmpath.ingest.demo;

/**
 * What {@link DemoNetworkGenerator} wrote.
 *
 * @param people number of people (rows of {@code people.csv})
 * @param ties number of ties (rows of {@code connections.csv})
 * @param mentors people open to mentoring
 * @param mentoringRelations rows of {@code mentoring.csv}, active and ended
 * @param seed the seed the network was generated from
 */
public record DemoNetwork(int people, long ties, int mentors, int mentoringRelations, long seed) {

	/**
	 * Mean number of ties per person.
	 * @return {@code 2 * ties / people}
	 */
	public double meanDegree() {
		return (this.people == 0) ? 0 : 2.0 * this.ties / this.people;
	}

}
