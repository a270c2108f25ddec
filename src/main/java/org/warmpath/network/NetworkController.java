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
import org.warmpath.web.Problems;

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
		if (id.equals(targetId)) {
			throw Problems.badRequest("targetId", "A person and the target must differ");
		}
		boolean admin = auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
		return this.mutuals.between(id, targetId, limit, !admin && isPrivate(targetId));
	}

	@GetMapping("/network")
	EgoNetwork network(@PathVariable String id, @RequestParam(defaultValue = "1") @Min(1) @Max(3) int depth,
			@RequestParam(defaultValue = "200") @Min(1) @Max(EgoNetworks.MAX_LIMIT) int limit) {
		return this.egoNetworks.of(id, depth, limit);
	}

	private boolean isPrivate(String personId) {
		return this.driver
			.executableQuery("MATCH (p:Person {id: $id}) RETURN coalesce(p.connectionVisibility, 'connections') AS v")
			.withParameters(Map.of("id", personId))
			.execute()
			.records()
			.stream()
			.anyMatch(r -> "private".equals(r.get("v").asString()));
	}

}
