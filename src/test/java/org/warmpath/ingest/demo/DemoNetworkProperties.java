package org.warmpath.ingest.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of the demo network for arbitrary seeds and small sizes. */
class DemoNetworkProperties {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

	@Property(tries = 25)
	void invariantsHoldForAnySeed(@ForAll long seed, @ForAll @IntRange(min = 100, max = 600) int size)
			throws IOException {
		StringWriter p = new StringWriter();
		StringWriter c = new StringWriter();
		StringWriter m = new StringWriter();
		DemoNetwork network = new DemoNetworkGenerator().generate(size, seed, p, c, m);

		Map<String, Integer> capacity = new HashMap<>();
		for (CSVRecord person : FORMAT.parse(new StringReader(p.toString()))) {
			assertThat(capacity.put(person.get("id"), Integer.parseInt(person.get("mentorCapacity")))).isNull();
		}
		assertThat(capacity).hasSize(size);

		Set<Long> pairs = new HashSet<>();
		int ties = 0;
		for (CSVRecord tie : FORMAT.parse(new StringReader(c.toString()))) {
			int s = Integer.parseInt(tie.get("source").substring(1));
			int t = Integer.parseInt(tie.get("target").substring(1));
			assertThat(s).isBetween(1, size).isNotEqualTo(t);
			assertThat(t).isBetween(1, size);
			assertThat(pairs.add((long) Math.min(s, t) << 32 | Math.max(s, t))).isTrue();
			double strength = Double.parseDouble(tie.get("strength"));
			assertThat(strength).isGreaterThan(0).isLessThanOrEqualTo(1);
			ties++;
		}
		assertThat(network.ties()).isEqualTo(ties);

		Map<String, Integer> active = new HashMap<>();
		for (CSVRecord relation : FORMAT.parse(new StringReader(m.toString()))) {
			assertThat(relation.get("mentor")).isNotEqualTo(relation.get("mentee"));
			if (relation.get("status").equals("ACTIVE")) {
				active.merge(relation.get("mentor"), 1, Integer::sum);
			}
		}
		active.forEach((mentor, count) -> assertThat(count).isLessThanOrEqualTo(capacity.get(mentor)));
	}

}
