package org.warmpath.projection;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds the projection at start-up, after the demo network loads, so no user waits for
 * it.
 */
@Component
@Order(20)
class ProjectionWarmup implements ApplicationRunner {

	private final Projection projection;

	private final ProjectionProperties properties;

	ProjectionWarmup(Projection projection, ProjectionProperties properties) {
		this.projection = projection;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.properties.enabled()) {
			this.projection.snapshot();
		}
	}

}
