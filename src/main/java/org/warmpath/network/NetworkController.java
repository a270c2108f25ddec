package org.warmpath.network;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.warmpath.accounts.Caller;
import org.warmpath.problems.Problems;
import org.warmpath.visibility.Visibility;

@RestController
@RequestMapping("/api/people/{id}")
@Validated
class NetworkController {

	private final MutualConnections mutuals;

	private final EgoNetworks egoNetworks;

	private final Visibility visibility;

	NetworkController(MutualConnections mutuals, EgoNetworks egoNetworks, Visibility visibility) {
		this.mutuals = mutuals;
		this.egoNetworks = egoNetworks;
		this.visibility = visibility;
	}

	@GetMapping("/mutuals/{targetId}")
	Mutuals mutuals(@PathVariable String id, @PathVariable String targetId,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit, Authentication auth) {
		Caller caller = Caller.of(auth);
		caller.requireSelfOrAdmin(id, "id");
		if (id.equals(targetId)) {
			throw Problems.badRequest("targetId", "A person and the target must differ");
		}
		return this.mutuals.between(id, targetId, limit, this.visibility.forViewer(caller));
	}

	@GetMapping("/network")
	EgoNetwork network(@PathVariable String id, @RequestParam(defaultValue = "1") @Min(1) @Max(3) int depth,
			@RequestParam(defaultValue = "200") @Min(1) @Max(EgoNetworks.MAX_LIMIT) int limit, Authentication auth) {
		Caller caller = Caller.of(auth);
		caller.requireSelfOrAdmin(id, "id");
		if (!caller.admin() && depth > 2) {
			throw Problems.badRequest("depth", "Members see their network up to two hops");
		}
		return EgoNetworks.visibleTo(this.egoNetworks.of(id, depth, limit), this.visibility.forViewer(caller));
	}

}
