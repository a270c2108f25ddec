package org.warmpath.embedded;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The availability guard against a driver whose server the test switches off and on: only
 * connectivity failures open it, it refuses work within microseconds while open, one
 * probe at a time notices the server's return within one probe interval, and a blip
 * closes it at once. Figures go to the log ({@code FIGURE availability ...}).
 */
class DatabaseAvailabilityTests {

	private static final Logger log = LoggerFactory.getLogger(DatabaseAvailabilityTests.class);

	static final Duration INTERVAL = Duration.ofMillis(500);

	final AtomicBoolean down = new AtomicBoolean();

	final AtomicInteger probes = new AtomicInteger();

	final Driver raw = Mockito.mock(Driver.class);

	DatabaseAvailability availability;

	DatabaseAvailability start(Duration interval) {
		Mockito.doAnswer(invocation -> {
			this.probes.incrementAndGet();
			if (this.down.get()) {
				throw new ServiceUnavailableException("Unable to connect to 127.0.0.1:7687");
			}
			return null;
		}).when(this.raw).verifyConnectivity();
		this.availability = new DatabaseAvailability(this.raw, interval);
		return this.availability;
	}

	@AfterEach
	void close() {
		if (this.availability != null) {
			this.availability.close();
		}
	}

	@Test
	void onlyAFailureToReachTheServerOpensIt() {
		DatabaseAvailability guard = start(INTERVAL);
		this.down.set(true);
		guard.reportFailure(new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock"));
		guard.reportFailure(new IllegalStateException("a bug"));
		assertThat(guard.available()).isTrue();
		assertThat(guard.outage()).isEmpty();
		guard.driver().session();
		Mockito.verify(this.raw).session();

		guard.reportFailure(new DataAccessResourceFailureException("down", new ServiceUnavailableException("refused")));
		assertThat(guard.available()).isFalse();
		assertThat(guard.outage()).hasValueSatisfying((outage) -> assertThat(outage.reason()).isEqualTo("refused"));
	}

	@Test
	void whileOpenEveryGuardedCallFailsFastAndTheRestPassThrough() {
		DatabaseAvailability guard = start(INTERVAL);
		this.down.set(true);
		guard.reportFailure(new ServiceUnavailableException("refused"));
		Driver driver = guard.driver();
		assertThatThrownBy(driver::session).isInstanceOf(ServiceUnavailableException.class)
			.hasMessageContaining("unreachable since")
			.hasMessageContaining("refused");
		assertThatThrownBy(() -> driver.executableQuery("RETURN 1")).isInstanceOf(ServiceUnavailableException.class);
		driver.isEncrypted();
		Mockito.verify(this.raw).isEncrypted();
		Mockito.verify(this.raw, Mockito.never()).session();

		int calls = 20_000;
		long[] nanos = new long[calls];
		for (int i = 0; i < calls; i++) {
			long t0 = System.nanoTime();
			try {
				driver.session();
			}
			catch (ServiceUnavailableException expected) {
				nanos[i] = System.nanoTime() - t0;
			}
		}
		java.util.Arrays.sort(nanos);
		log.info("FIGURE availability: refusal while open, median {} us, p99 {} us, max {} us over {} calls",
				nanos[calls / 2] / 1000.0, nanos[calls * 99 / 100] / 1000.0, nanos[calls - 1] / 1000.0, calls);
		assertThat(nanos[0]).as("every call refused").isPositive();
		assertThat(nanos[calls * 99 / 100]).isLessThan(Duration.ofMillis(5).toNanos());
	}

	@Test
	void theServersReturnIsNoticedWithinOneProbeInterval() throws Exception {
		DatabaseAvailability guard = start(INTERVAL);
		List<Long> recoveries = new ArrayList<>();
		for (int round = 0; round < 8; round++) {
			this.down.set(true);
			guard.reportFailure(new ServiceUnavailableException("refused"));
			assertThat(guard.available()).isFalse();
			// the server returns at a random point of the probe cycle
			Thread.sleep(INTERVAL.toMillis() + ThreadLocalRandom.current().nextLong(INTERVAL.toMillis()));
			assertThat(guard.available()).as("still down").isFalse();
			long back = System.nanoTime();
			this.down.set(false);
			while (!guard.available() && System.nanoTime() - back < Duration.ofSeconds(5).toNanos()) {
				Thread.sleep(1);
			}
			long ms = (System.nanoTime() - back) / 1_000_000;
			assertThat(guard.available()).isTrue();
			assertThat(guard.outage()).isEmpty();
			recoveries.add(ms);
		}
		List<Long> sorted = new ArrayList<>(recoveries);
		sorted.sort(null);
		log.info("FIGURE availability: server back -> guard closed in {} ms (sorted {}), probe interval {} ms",
				recoveries, sorted, INTERVAL.toMillis());
		assertThat(sorted.get(sorted.size() - 1)).isLessThan(INTERVAL.toMillis() + 250);
	}

	@Test
	void aBlipClosesAtOnceNotAfterAProbeInterval() {
		// a long interval: closing well within it shows the probe runs right after
		// opening
		DatabaseAvailability guard = start(Duration.ofSeconds(30));
		List<Long> blips = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			long t0 = System.nanoTime();
			guard.reportFailure(new ServiceUnavailableException("blip"));
			while (!guard.available() && System.nanoTime() - t0 < Duration.ofSeconds(10).toNanos()) {
				Thread.onSpinWait();
			}
			blips.add((System.nanoTime() - t0) / 1000);
			assertThat(guard.available()).isTrue();
		}
		log.info("FIGURE availability: blips closed in {} us (the first also loads classes)", blips);
		assertThat(blips).allSatisfy((micros) -> assertThat(micros).isLessThan(5_000_000));
	}

	@Test
	void oneProbeAtATimeHoweverManyRequestsReportTheOutage() throws Exception {
		DatabaseAvailability guard = start(Duration.ofMillis(100));
		this.down.set(true);
		for (int i = 0; i < 100; i++) {
			guard.reportFailure(new ServiceUnavailableException("refused"));
		}
		Thread.sleep(1_000);
		int probed = this.probes.get();
		this.down.set(false);
		log.info("FIGURE availability: {} probes in a 1000 ms outage at 100 ms", probed);
		assertThat(probed).as("one probe per interval, not one per report").isBetween(3, 12);
	}

}
