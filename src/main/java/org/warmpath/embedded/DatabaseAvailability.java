package org.warmpath.embedded;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Whether the graph database answers, and a guard that fails fast while it does not.
 *
 * <p>
 * Why: the driver retries a transaction function on {@link ServiceUnavailableException}
 * for up to its maximum retry time (exponential back-off from 1 s), which is right for a
 * leader switch or a dropped connection but makes every request wait out the retries when
 * the server is simply down. Once a request has seen the database unreachable
 * ({@link #reportFailure}), a resilience4j {@link CircuitBreaker} opens: the
 * {@link #driver() guarded driver} refuses new sessions and queries at once with
 * {@link ServiceUnavailableException} (the API answers 503). Requests never act as the
 * breaker's half-open trial call (one would pay the driver's retries): a background probe
 * ({@link Driver#verifyConnectivity()} on the real driver, every {@code probeInterval})
 * is the only one, and closes the breaker as soon as the server answers, so the app
 * recovers by itself without a restart. The probe also runs right after opening, so a
 * one-off blip closes it within milliseconds.
 *
 * <p>
 * Transient errors (deadlocks, a leader change that a retry resolves) never open it: only
 * failures to reach the server do.
 */
public final class DatabaseAvailability implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);

	/** Driver methods that need the server and are refused while it is unreachable. */
	private static final Set<String> GUARDED = Set.of("session", "asyncSession", "rxSession", "reactiveSession",
			"executableQuery");

	private final Driver raw;

	private final Driver guarded;

	private final long probeIntervalMillis;

	private final CircuitBreaker breaker;

	/** The outage that opened the breaker; meaningful only while it is not closed. */
	private volatile Outage outage;

	private final ScheduledExecutorService prober;

	/**
	 * An interval during which the database could not be reached.
	 *
	 * @param since when the first failure was seen
	 * @param reason the driver's message
	 */
	public record Outage(Instant since, String reason) {
	}

	/**
	 * @param raw the driver to guard; closed by {@link #close()}
	 * @param probeInterval how often to check whether an unreachable server is back
	 */
	public DatabaseAvailability(Driver raw, Duration probeInterval) {
		this.raw = raw;
		this.probeIntervalMillis = Math.max(10, probeInterval.toMillis());
		// one reported failure opens it; one successful probe (the only call let through
		// half-open) closes it, a failed one opens it again
		this.breaker = CircuitBreaker.of("neo4j",
				CircuitBreakerConfig.custom()
					.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
					.slidingWindowSize(1)
					.minimumNumberOfCalls(1)
					.failureRateThreshold(100)
					.permittedNumberOfCallsInHalfOpenState(1)
					.waitDurationInOpenState(Duration.ofMillis(this.probeIntervalMillis))
					.automaticTransitionFromOpenToHalfOpenEnabled(false)
					.writableStackTraceEnabled(false)
					.build());
		this.breaker.getEventPublisher().onStateTransition(event -> transitioned(event.getStateTransition()));
		this.guarded = (Driver) Proxy.newProxyInstance(Driver.class.getClassLoader(), new Class<?>[] { Driver.class },
				guard());
		this.prober = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "neo4j-availability-probe");
			t.setDaemon(true);
			return t;
		});
	}

	/** The driver the app uses: the real one, refusing work while the server is down. */
	public Driver driver() {
		return this.guarded;
	}

	/** The unguarded driver, for the probe and the health check. */
	Driver rawDriver() {
		return this.raw;
	}

	/** Whether the database is believed reachable. */
	public boolean available() {
		return this.breaker.getState() == CircuitBreaker.State.CLOSED;
	}

	/** The current outage, if the database is believed unreachable. */
	public Optional<Outage> outage() {
		return available() ? Optional.empty() : Optional.ofNullable(this.outage);
	}

	/**
	 * Records a failure seen by a request; opens the guard when it means the server could
	 * not be reached (see {@link #isUnreachable(Throwable)}).
	 * @param failure what a request or the health check caught
	 */
	public void reportFailure(Throwable failure) {
		if (!isUnreachable(failure) || !available()) {
			return;
		}
		this.outage = new Outage(Instant.now(), String.valueOf(rootMessage(failure)));
		this.breaker.onError(0, TimeUnit.NANOSECONDS, failure);
	}

	private void transitioned(CircuitBreaker.StateTransition transition) {
		switch (transition) {
			case CLOSED_TO_OPEN -> {
				log.warn("Neo4j unreachable ({}); failing fast with 503, probing every {} ms", this.outage.reason(),
						this.probeIntervalMillis);
				probeIn(0);
			}
			case HALF_OPEN_TO_OPEN -> probeIn(this.probeIntervalMillis);
			case HALF_OPEN_TO_CLOSED -> log.info("Neo4j reachable again after {} ms",
					Duration.between(this.outage.since(), Instant.now()).toMillis());
			default -> {
			}
		}
	}

	private void probeIn(long millis) {
		try {
			this.prober.schedule(this::probe, millis, TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			// shutting down
		}
	}

	private void probe() {
		if (this.breaker.getState() != CircuitBreaker.State.OPEN) {
			return;
		}
		this.breaker.transitionToHalfOpenState();
		try {
			this.breaker.executeRunnable(this.raw::verifyConnectivity);
		}
		catch (RuntimeException stillDown) {
			// recorded by the breaker, which opened again and scheduled the next probe
		}
	}

	/**
	 * Whether a failure means the database could not be reached (as opposed to a query
	 * that failed): the driver's {@link ServiceUnavailableException} or
	 * {@link SessionExpiredException} anywhere in the cause chain, or Spring's
	 * {@link DataAccessResourceFailureException} (Spring Data Neo4j's translation of
	 * them).
	 * @param failure any exception
	 * @return whether it is a connectivity failure
	 */
	public static boolean isUnreachable(Throwable failure) {
		for (Throwable t = failure; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
					|| t instanceof DataAccessResourceFailureException) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable failure) {
		Throwable t = failure;
		while (t.getCause() != null && t.getCause() != t) {
			if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException) {
				break;
			}
			t = t.getCause();
		}
		return t.getMessage();
	}

	private InvocationHandler guard() {
		return (proxy, method, args) -> {
			String name = method.getName();
			if (method.getDeclaringClass() == Object.class) {
				return switch (name) {
					case "equals" -> proxy == args[0];
					case "hashCode" -> System.identityHashCode(proxy);
					case "toString" -> "Guarded" + this.raw;
					default -> method.invoke(this.raw, args);
				};
			}
			if (GUARDED.contains(name) && !available()) {
				Outage current = this.outage;
				throw new ServiceUnavailableException("Neo4j has been unreachable since " + current.since() + " ("
						+ current.reason() + "); the app checks again every " + this.probeIntervalMillis + " ms");
			}
			try {
				return method.invoke(this.raw, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
	}

	@Override
	public void close() {
		this.prober.shutdownNow();
		this.raw.close();
	}

}
