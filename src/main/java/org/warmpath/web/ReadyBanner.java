package org.warmpath.web;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who started WarmPath where to open it, once everything has loaded. */
@Component
class ReadyBanner {

	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
			int port = web.getWebServer().getPort();
			if (port <= 0) {
				return; // the command line runs without a listening port
			}
			System.out.println();
			System.out.println("  WarmPath is ready:  http://localhost:" + port + "/");
			System.out.println("  API docs:           http://localhost:" + port + "/swagger-ui.html");
			System.out.println("  Health:             http://localhost:" + port + "/actuator/health");
			System.out.println();
		}
	}

}
