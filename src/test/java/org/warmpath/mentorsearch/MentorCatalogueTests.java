package org.warmpath.mentorsearch;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
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
