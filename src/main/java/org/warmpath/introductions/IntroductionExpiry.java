package org.warmpath.introductions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Expires unanswered introduction requests every {@code expiry-interval}. The update is a
 * single idempotent Cypher statement, so several app instances running it at once do no
 * harm.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IntroductionExpiry implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(IntroductionExpiry.class);

	private final Introductions introductions;

	private final IntroductionProperties properties;

	IntroductionExpiry(Introductions introductions, IntroductionProperties properties) {
		this.introductions = introductions;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(() -> {
			try {
				this.introductions.expireDue();
			}
			catch (RuntimeException ex) {
				log.warn("Introduction expiry failed; retrying at the next interval: {}", ex.getMessage());
			}
		}, this.properties.expiryInterval());
	}

}
