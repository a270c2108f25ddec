package org.warmpath.mentorsearch;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the mentor catalogue at start-up, after the demo network and the projection, so
 * the first recommendations do not all wait on its load: at 100k people it reads 16,000
 * mentors, and in the load test the first requests queued behind it for tens of seconds
 * (one hit the 30 s transaction timeout) on a busy machine.
 */
@Component
@Order(30)
class MentorCatalogueWarmup implements ApplicationRunner {

	private final MentorCatalogue catalogue;

	MentorCatalogueWarmup(MentorCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.catalogue.table();
	}

}
