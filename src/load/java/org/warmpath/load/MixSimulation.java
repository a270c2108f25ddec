package org.warmpath.load;

import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The load mix of issue 7, closed loop: {@code load.clients} (64) virtual users, each its
 * own connection, send the admin's personal access token ({@code Authorization: Bearer},
 * created by {@link LoadRun} at set-up; admins are exempt from the 60 queries/min rate
 * limit) on every request, as scripts do, and loop without think time: 80% queries (paths
 * 40%, mutual connections 25%, mentor recommendations 15%), 15% profile reads (profile
 * 10%, connections 5%), 5% writes (tie upserts 3%, introduction request then withdrawal
 * 2%). Requests during the warm-up are named {@code warm-up ...} and left out of the
 * figures by {@link LoadReport}.
 */
public class MixSimulation extends Simulation {

	static final LoadRun RUN = new LoadRun();

	public MixSimulation() {
		HttpProtocolBuilder protocol = http.baseUrl(RUN.base)
			.acceptHeader("application/json")
			.contentTypeHeader("application/json")
			.disableCaching()
			.disableWarmUp()
			// read per request: the token exists only once before() has run
			.authorizationHeader(s -> RUN.bearer());
		ScenarioBuilder scenario = scenario("mix").exec(asLongAs(s -> RUN.warmingUp()).on(mix("warm-up ")))
			.exec(asLongAs(s -> RUN.running()).on(mix("")));
		setUp(scenario.injectOpen(atOnceUsers(RUN.clients))).protocols(protocol);
	}

	private static ChainBuilder mix(String prefix) {
		return randomSwitch().on(percent(40.0).then(path(prefix)), percent(25.0).then(mutual(prefix)),
				percent(15.0).then(recommendations(prefix)), percent(10.0).then(profile(prefix)),
				percent(5.0).then(connections(prefix)), percent(3.0).then(tie(prefix)),
				percent(2.0).then(introduction(prefix)));
	}

	private static ChainBuilder path(String prefix) {
		String op = prefix + "path";
		return exec(s -> {
			String[] p = RUN.network.pathPair();
			return s.set("from", p[0]).set("to", p[1]);
		}).exec(http(op).get("/api/paths?from=#{from}&to=#{to}&k=3").check(counted(op, 200)));
	}

	private static ChainBuilder mutual(String prefix) {
		String op = prefix + "mutual";
		return exec(s -> {
			String[] p = RUN.network.mutualPair();
			return s.set("a", p[0]).set("b", p[1]);
		}).exec(http(op).get("/api/people/#{a}/mutuals/#{b}").check(counted(op, 200)));
	}

	private static ChainBuilder recommendations(String prefix) {
		String op = prefix + "recommendation";
		return exec(s -> s.set("a", RUN.network.randomPerson()))
			.exec(http(op).get("/api/mentors/recommendations?for=#{a}").check(counted(op, 200)));
	}

	private static ChainBuilder profile(String prefix) {
		String op = prefix + "profile";
		return exec(s -> s.set("a", RUN.network.randomPerson()))
			.exec(http(op).get("/api/people/#{a}").check(counted(op, 200)));
	}

	private static ChainBuilder connections(String prefix) {
		String op = prefix + "connections";
		return exec(s -> s.set("a", RUN.network.randomPerson()))
			.exec(http(op).get("/api/people/#{a}/connections").check(counted(op, 200)));
	}

	private static ChainBuilder tie(String prefix) {
		String op = prefix + "tie write";
		return exec(s -> {
			String[] p = RUN.network.tiePair();
			double strength = (10 + ThreadLocalRandom.current().nextInt(90)) / 100.0;
			return s.set("a", p[0]).set("b", p[1]).set("strength", Double.toString(strength));
		}).exec(http(op).put("/api/people/#{a}/connections/#{b}")
			.body(StringBody("{\"strength\":#{strength},\"context\":\"load test\"}"))
			.check(counted(op, 200, 201)));
	}

	private static ChainBuilder introduction(String prefix) {
		String request = prefix + "introduction request";
		String withdraw = prefix + "introduction withdraw";
		return exec(s -> {
			int round = s.contains("round") ? s.getInt("round") : 0;
			String[] t = RUN.network.triple(s.userId(), round);
			return s.set("round", round + 1).set("r", t[0]).set("v", t[1]).set("t", t[2]).remove("introId");
		}).exec(http(request).post("/api/introductions")
			.body(StringBody("{\"requester\":\"#{r}\",\"via\":\"#{v}\",\"target\":\"#{t}\",\"goal\":\"load test\"}"))
			.check(counted(request, 201), jsonPath("$.id").saveAs("introId")))
			.doIf(s -> s.contains("introId"))
			.then(exec(http(withdraw).post("/api/introductions/#{introId}/withdraw").check(counted(withdraw, 200))));
	}

	/** Expects one of {@code ok} and counts every status per operation. */
	private static CheckBuilder.Final counted(String op, Integer... ok) {
		return status().transform(code -> {
			RUN.count(op, code);
			return code;
		}).in(ok);
	}

	@Override
	public void before() {
		try {
			RUN.start();
		}
		catch (Exception ex) {
			throw new IllegalStateException("load test set-up failed: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void after() {
		try {
			RUN.finish();
		}
		catch (Exception ex) {
			throw new IllegalStateException("load test check failed: " + ex.getMessage(), ex);
		}
	}

}
