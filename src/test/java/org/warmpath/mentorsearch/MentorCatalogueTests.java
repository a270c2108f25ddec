package org.warmpath.mentorsearch;

import java.util.List;
import java.util.Map;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.warmpath.embedded.EmbeddedNeo4j;
import org.warmpath.ingest.ImportMode;
import org.warmpath.ingest.ImportReport;
import org.warmpath.ingest.Imports;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;
import org.warmpath.projection.GraphChanged;
import org.warmpath.privacy.ProfileSettings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;

@WarmPathTest
class MentorCatalogueTests {

	@Autowired
	MentorCatalogue catalogue;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TestData data;

	@Autowired
	ProfileSettings profiles;

	@Autowired
	Imports imports;

	@Autowired
	EmbeddedNeo4j embedded;

	/**
	 * The store read at start-up gives the rows the catalogue query gives over Bolt, row
	 * for row: specialties, regions, skills, open, capacity, ACTIVE and ENDED mentees,
	 * mentees named, programme memberships with their part.
	 */
	@Test
	void theInProcessReadGivesTheQuerysRows() {
		TestGraphs g = this.data.graph().people("a:mentor=3", "b:mentor=2", "c", "d:closed", "e:mentor=1");
		String csv = "mentor,mentee,since,status,programme\n" + g.id("a") + "," + g.id("c") + ",2024-01-01,ACTIVE,"
				+ g.prefix() + "scheme\n" + g.id("a") + "," + g.id("d") + ",2020-01-01,ENDED,\n" + g.id("b") + ","
				+ g.id("c") + ",2023-05-01,ACTIVE,\n" + g.id("c") + "," + g.id("e") + ",2022-01-01,ACTIVE,\n";
		ImportReport report = this.imports
			.importMentoring(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ImportMode.TOLERANT);
		assertThat(report.errors()).isEmpty();
		this.profiles.update(g.id("e"), Map.of("skills", List.of("echo", "audit", "echo"), "region", "London"), false);

		List<Map<String, Object>> boltMaps = this.catalogue.readOverBolt().stream().map(r -> r.asMap()).toList();
		assertThat(boltMaps).anySatisfy(r -> assertThat((List<?>) r.get("mentees")).hasSize(1))
			.anySatisfy(r -> assertThat((Long) r.get("menteesBefore")).isEqualTo(2))
			.anySatisfy(r -> assertThat((List<?>) r.get("programmes")).isNotEmpty())
			.anySatisfy(r -> assertThat((List<?>) r.get("skills")).hasSize(2));
		List<MentorCatalogue.Row> bolt = this.catalogue.readOverBolt().stream().map(MentorCatalogue.Row::of).toList();
		List<MentorCatalogue.Row> store = MentorCatalogue.readInProcess(this.embedded.database());
		assertThat(store).hasSize(bolt.size());
		assertThat(store).anySatisfy(r -> assertThat(r.programmes()).isNotEmpty());
		assertThat(store).isEqualTo(bolt);
	}

	@Test
	void tieWritesKeepTheCatalogueAndUnnamedPeopleWritesReloadIt() {
		List<MentorCatalogue.Mentor> first = this.catalogue.mentors();
		long loads = this.catalogue.loads();
		for (String what : List.of("tie", "connections", "introduction completed")) {
			this.events.publishEvent(new GraphChanged(what));
			assertThat(this.catalogue.mentors()).as(what).isEqualTo(first);
			assertThat(this.catalogue.loads()).as(what).isEqualTo(loads);
		}
		this.events.publishEvent(new GraphChanged("person"));
		assertThat(this.catalogue.loads()).as("read again at once, by the writer").isEqualTo(loads + 1);
		assertThat(this.catalogue.mentors()).isEqualTo(first);
		this.events.publishEvent(new GraphChanged("mentoring"));
		assertThat(this.catalogue.loads()).isEqualTo(loads + 2);
	}

	@Test
	void aProfileChangeMovesTheRowInPlace() {
		TestGraphs g = this.data.graph().people("m");
		String id = g.id("m");
		this.catalogue.mentors();
		long loads = this.catalogue.loads();
		this.profiles.update(id, Map.of("openToMentoring", true, "mentorCapacity", 2), false);
		assertThat(this.catalogue.mentors()).filteredOn(m -> m.id().equals(id))
			.singleElement()
			.satisfies(m -> assertThat(m.capacityLeft()).isEqualTo(2));
		assertThat(this.catalogue.loads()).as("in place").isEqualTo(loads);
	}

	@Test
	void aMemberWhoOpensToMentoringJoinsTheCatalogueAndLeavesItWhenTheyClose() {
		TestGraphs g = this.data.graph().people("m");
		String id = g.id("m");
		assertThat(this.catalogue.mentors()).extracting(MentorCatalogue.Mentor::id).doesNotContain(id);

		this.profiles.update(id, Map.of("openToMentoring", true, "mentorCapacity", 2), false);
		assertThat(this.catalogue.mentors()).extracting(MentorCatalogue.Mentor::id).contains(id);

		this.profiles.update(id, Map.of("openToMentoring", false), false);
		assertThat(this.catalogue.mentors()).extracting(MentorCatalogue.Mentor::id).doesNotContain(id);
	}

}
