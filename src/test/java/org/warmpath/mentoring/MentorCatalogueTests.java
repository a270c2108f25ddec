package org.warmpath.mentoring;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.warmpath.WarmPathTest;
import org.warmpath.network.GraphChanged;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;

@WarmPathTest
class MentorCatalogueTests {

	@Autowired
	MentorCatalogue catalogue;

	@Autowired
	ApplicationEventPublisher events;

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

}
