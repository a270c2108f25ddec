package org.warmpath.bench;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.warmpath.ingest.demo.DemoNetworkGenerator;
import org.warmpath.people.Grades;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.KnowsGraphBuilder;
import org.warmpath.projection.PersonCard;
import org.warmpath.projection.PersonCards;
import org.warmpath.projection.TieDetail;
import org.warmpath.projection.TieDetails;

/**
 * Heap of the projection with its person cards and tie details for a demo network,
 * without Neo4j: generates the network's CSV files in memory, builds the graph, the cards
 * and the tie details with the same fields the loads read, and prints each one's
 * accounted bytes ({@code KnowsGraph.memoryBytes}, {@code PersonCards.memoryBytes},
 * {@code TieDetails.memoryBytes}: arrays plus headers, compressed references) per person
 * and per tie.
 *
 * <p>
 * Run:
 * {@code java -cp target/classes:target/test-classes:$(deps) org.warmpath.bench.CardsFootprint 100000}
 */
public final class CardsFootprint {

	private CardsFootprint() {
	}

	public static void main(String[] args) throws Exception {
		int people = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		StringBuilder peopleCsv = new StringBuilder();
		StringBuilder connectionsCsv = new StringBuilder();
		StringBuilder mentoringCsv = new StringBuilder();
		new DemoNetworkGenerator().generate(people, 42, peopleCsv, connectionsCsv, mentoringCsv);
		CSVFormat csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
		Map<String, int[]> mentoring = new HashMap<>();
		for (CSVRecord r : csv.parse(new StringReader(mentoringCsv.toString()))) {
			if ("ACTIVE".equalsIgnoreCase(r.get("status"))) {
				mentoring.computeIfAbsent(r.get("mentor"), (k) -> new int[2])[0]++;
				mentoring.computeIfAbsent(r.get("mentee"), (k) -> new int[2])[1] = 1;
			}
		}
		KnowsGraphBuilder builder = KnowsGraph.builder();
		KnowsGraphBuilder peopleOnly = KnowsGraph.builder();
		PersonCards cards = new PersonCards(people);
		for (CSVRecord r : csv.parse(new StringReader(peopleCsv.toString()))) {
			int idx = builder.addPerson(r.get("id"), yes(r.get("openToIntroductions")));
			peopleOnly.addPerson(r.get("id"), yes(r.get("openToIntroductions")));
			int[] m = mentoring.getOrDefault(r.get("id"), new int[2]);
			String capacity = r.get("mentorCapacity");
			cards.set(idx,
					new PersonCard(r.get("name"), blank(r.get("headline")), blank(r.get("grade")),
							Grades.seniority(r.get("grade")), blank(r.get("specialty")), blank(r.get("region")),
							blank(r.get("organisation")), yes(r.get("openToMentoring")),
							capacity.isBlank() ? 0 : Integer.parseInt(capacity), m[0], m[1] == 1));
		}
		record Tie(String a, String b, TieDetail detail) {
		}
		java.util.List<Tie> ties = new java.util.ArrayList<>();
		for (CSVRecord r : csv.parse(new StringReader(connectionsCsv.toString()))) {
			double strength = Double.parseDouble(r.get("strength"));
			builder.addTie(r.get("source"), r.get("target"), strength);
			ties.add(new Tie(r.get("source"), r.get("target"),
					new TieDetail(blank(r.get("context")), blank(r.get("since")), "demo", strength)));
		}
		KnowsGraph graph = builder.build();
		TieDetails details = new TieDetails(graph.tieCount());
		for (Tie t : ties) {
			details.set(graph.tieBetween(graph.indexOf(t.a()), graph.indexOf(t.b())), t.detail());
		}
		ties.clear();
		int n = graph.nodeCount();
		int m = graph.tieCount();
		long g = graph.memoryBytes();
		long c = cards.memoryBytes();
		long d = details.memoryBytes();
		System.out.printf(Locale.ROOT, "people %d, ties %d (%.1f per person)%n", n, m, (double) m / n);
		System.out.printf(Locale.ROOT, "graph (KnowsGraph.memoryBytes): %d bytes = %.1f per person or %.1f per tie%n",
				g, (double) g / n, (double) g / m);
		// the same people without ties: what the graph holds per person, the rest per tie
		long g0 = peopleOnly.build().memoryBytes();
		System.out.printf(Locale.ROOT, "graph split: %.1f per person (no ties) + %.1f per tie%n", (double) g0 / n,
				(double) (g - g0) / m);
		System.out.printf(Locale.ROOT, "person cards: %d bytes = %.1f per person%n", c, (double) c / n);
		System.out.printf(Locale.ROOT, "tie details: %d bytes = %.1f per tie%n", d, (double) d / m);
		System.out.printf(Locale.ROOT, "all: %.1f MiB%n", (g + c + d) / 1048576.0);
		System.out.printf(Locale.ROOT, "projection with cards: %.1f per person + %.1f per tie (targets 200 + 20)%n",
				(double) (g0 + c) / n, (double) (g - g0 + d) / m);
	}

	private static boolean yes(String s) {
		return s != null && (s.equalsIgnoreCase("yes") || s.equalsIgnoreCase("true"));
	}

	private static String blank(String s) {
		return (s == null || s.isBlank()) ? null : s;
	}

}
