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
	void tieWritesKeepTheCatalogueAndPeopleWritesReloadIt() {
		List<MentorCatalogue.Mentor> first = this.catalogue.mentors();
		for (String what : List.of("tie", "connections", "introduction completed")) {
			this.events.publishEvent(new GraphChanged(what));
			assertThat(this.catalogue.mentors()).as(what).isSameAs(first);
		}
		this.events.publishEvent(new GraphChanged("person"));
		List<MentorCatalogue.Mentor> reloaded = this.catalogue.mentors();
		assertThat(reloaded).isNotSameAs(first).isEqualTo(first);
		this.events.publishEvent(new GraphChanged("mentoring"));
		assertThat(this.catalogue.mentors()).isNotSameAs(reloaded);
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
