package org.warmpath.network;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.neo4j.driver.Driver;

import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.warmpath.accounts.Caller;
import org.warmpath.cypher.Cypher;
import org.warmpath.problems.Problems;

@RestController
@RequestMapping("/api/people/{id}")
@Validated
class NetworkController {

	private final MutualConnections mutuals;

	private final EgoNetworks egoNetworks;

	private final Driver driver;

	NetworkController(MutualConnections mutuals, EgoNetworks egoNetworks, Driver driver) {
		this.mutuals = mutuals;
		this.egoNetworks = egoNetworks;
		this.driver = driver;
	}

	@GetMapping("/mutuals/{targetId}")
	Mutuals mutuals(@PathVariable String id, @PathVariable String targetId,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit, Authentication auth) {
		Caller caller = Caller.of(auth);
		caller.requireSelfOrAdmin(id, "id");
		if (id.equals(targetId)) {
			throw Problems.badRequest("targetId", "A person and the target must differ");
		}
		return this.mutuals.between(id, targetId, limit, !caller.admin() && isPrivate(targetId));
	}

	@GetMapping("/network")
	EgoNetwork network(@PathVariable String id, @RequestParam(defaultValue = "1") @Min(1) @Max(3) int depth,
			@RequestParam(defaultValue = "200") @Min(1) @Max(EgoNetworks.MAX_LIMIT) int limit, Authentication auth) {
		Caller caller = Caller.of(auth);
		caller.requireSelfOrAdmin(id, "id");
		if (caller.admin()) {
			return this.egoNetworks.of(id, depth, limit);
		}
		if (depth > 2) {
			throw Problems.badRequest("depth", "Members see their network up to two hops");
		}
		return visibleTo(this.egoNetworks.of(id, depth, limit));
	}

	/**
	 * A member's own ego network as their contacts' visibility allows: a tie of a
	 * first-degree contact shows only when that contact's connections are visible to
	 * their connections; ties among second-degree people never show, and second-degree
	 * people with no visible tie left are dropped.
	 */
	private EgoNetwork visibleTo(EgoNetwork network) {
		java.util.Set<String> hidden = new java.util.HashSet<>();
		Cypher
			.read(this.driver, "network/private-people",
					Map.of("ids", network.nodes().stream().map(EgoNetwork.Node::id).toList()))
			.forEach(r -> hidden.addAll(r.get("ids").asList(org.neo4j.driver.Value::asString)));
		Map<String, Integer> hops = new java.util.HashMap<>();
		network.nodes().forEach(n -> hops.put(n.id(), n.hops()));
		java.util.List<EgoNetwork.Link> links = network.links().stream().filter(l -> {
			int a = hops.getOrDefault(l.source(), 9);
			int b = hops.getOrDefault(l.target(), 9);
			if (a == 0 || b == 0) {
				return true;
			}
			if (a == 2 && b == 2) {
				return false;
			}
			if (a == 1 && b == 1) {
				return !hidden.contains(l.source()) || !hidden.contains(l.target());
			}
			String friend = (a == 1) ? l.source() : l.target();
			return !hidden.contains(friend);
		}).toList();
		java.util.Set<String> linked = new java.util.HashSet<>();
		links.forEach(l -> {
			linked.add(l.source());
			linked.add(l.target());
		});
		java.util.List<EgoNetwork.Node> nodes = network.nodes()
			.stream()
			.filter(n -> n.hops() < 2 || linked.contains(n.id()))
			.toList();
		return new EgoNetwork(network.center(), network.depth(), nodes, links, network.truncated());
	}

	private boolean isPrivate(String personId) {
		return Cypher.read(this.driver, "network/connection-visibility", Map.of("id", personId))
			.stream()
			.anyMatch(r -> "private".equals(r.get("v").asString()));
	}

}
