package org.warmpath.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import org.warmpath.embedded.DatabaseProperties;
import org.warmpath.projection.Lanes;

/**
 * Lets a few API requests compute at once (by default one more than the cores with the
 * embedded database, eight per core with an external server;
 * {@code warmpath.http.running}) and has the others wait their turn, cheap and urgent
 * ones first: writes, then reads, then the expensive reads (mentor rankings, analytics,
 * people search, the network picture).
 *
 * <p>
 * Why: answers are computed in memory, so a request is CPU work. With a thread per
 * request and many clients, dozens of requests shared two cores: each ran in slices
 * between the others, its search's scratch arrays (about 8 MB per thread at 100k people)
 * pushed out of the cache by the next one's, and a write or a path waited behind every
 * mentor ranking that arrived before it. A request computes in a lane ({@link Lanes}),
 * which keys the kernels' scratch, so there are only as many scratch areas as requests
 * computing and each is handed on warm. Under the 64-client load test on two cores, three
 * at a time with lanes answered about 1.7x the requests of sixteen threads sharing the
 * cores (docs/benchmarks.md, issue 13, session 11); the order by class is what lets a tie
 * write or a path answer in milliseconds while the cores are saturated, at the cost of
 * the expensive reads, which then wait longest (mentor rankings about 250 ms there). A
 * waiting request of a less urgent class is passed over for at most
 * {@code warmpath.http.aging} (2 s), so none starves; and the expensive reads never hold
 * every permit at once (all but one), so a burst of slow ones (a path by the Cypher
 * engine can take seconds) cannot stall the cheap ones behind them.
 *
 * <p>
 * Not queued: anything outside {@code /api/} (health probes answer at once however busy
 * the app is), imports and exports (they stream for as long as the file takes and would
 * hold a permit throughout). Sits just inside the request observation, so
 * {@code http.server.requests} counts the wait; {@code warmpath.http.running} and
 * {@code warmpath.http.waiting} are gauges of the queue.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class RunQueueFilter extends OncePerRequestFilter {

	/** Writes: short, and a member waits on each. */
	static final int WRITE = 0;

	/** Reads answered from memory in a millisecond or so: paths, mutuals, profiles. */
	static final int READ = 1;

	/** Reads that rank, scan or analyse: milliseconds to seconds. */
	static final int HEAVY = 2;

	/** Not queued. */
	static final int NONE = -1;

	private final RunQueue queue;

	public RunQueueFilter(RunQueueProperties properties, DatabaseProperties database,
			ObjectProvider<MeterRegistry> meters) {
		this.queue = new RunQueue(properties.permits(database.embedded()), 3, properties.aging().toNanos());
		meters.ifAvailable(registry -> {
			Gauge.builder("warmpath.http.running", this.queue, RunQueue::running)
				.description("API requests computing now")
				.register(registry);
			Gauge.builder("warmpath.http.waiting", this.queue, RunQueue::waiting)
				.description("API requests waiting for their turn")
				.register(registry);
		});
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		int priority = priority(request.getMethod(), request.getRequestURI(), request.getQueryString());
		if (priority == NONE) {
			chain.doFilter(request, response);
			return;
		}
		int lane = this.queue.enter(priority);
		Lanes.enter(lane);
		try {
			chain.doFilter(request, response);
		}
		finally {
			Lanes.leave();
			this.queue.leave(priority, lane);
		}
	}

	/**
	 * An error page is rendered by the request that failed, which already had its turn.
	 */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

	/**
	 * The class of a request, from its method and path alone (the handler is not known
	 * yet, nor should it be: finding it is part of the work queued).
	 * @param method the HTTP method
	 * @param uri the request path
	 * @param query the query string, or null
	 * @return {@link #WRITE}, {@link #READ}, {@link #HEAVY} or {@link #NONE}
	 */
	static int priority(String method, String uri, String query) {
		if (uri == null || !uri.startsWith("/api/") || uri.startsWith("/api/import/")
				|| uri.startsWith("/api/me/import/") || uri.equals("/api/export") || uri.equals("/api/me/export")) {
			return NONE;
		}
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return "OPTIONS".equals(method) ? READ : WRITE;
		}
		if (uri.startsWith("/api/mentors/") || uri.startsWith("/api/analytics/") || uri.equals("/api/people")
				|| uri.equals("/api/programmes") || uri.endsWith("/network")) {
			return HEAVY;
		}
		// the reference engines: Cypher in Neo4j and JGraphT, up to seconds a query
		if (uri.equals("/api/paths") && query != null
				&& (query.contains("engine=cypher") || query.contains("engine=jgrapht"))) {
			return HEAVY;
		}
		return READ;
	}

}
