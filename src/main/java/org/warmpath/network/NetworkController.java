package org.warmpath.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

	private final MentoringMarks mentoringMarks;

	NetworkController(MutualConnections mutuals, EgoNetworks egoNetworks, Visibility visibility,
			MentoringMarks mentoringMarks) {
		this.mutuals = mutuals;
		this.egoNetworks = egoNetworks;
		this.visibility = visibility;
		this.mentoringMarks = mentoringMarks;
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

	/**
	 * The ego network. {@code marks=mentoring} adds the mentor's picture (who of the
	 * centre's mentees, pending requesters and incoming introduction requesters the
	 * picture shows; one Neo4j read), {@code filter=mentoring} also limits the picture to
	 * them and the paths that reach them; without either the answer is made from the
	 * projection alone.
	 */
	@GetMapping("/network")
	EgoNetwork network(@PathVariable String id, @RequestParam(defaultValue = "1") @Min(1) @Max(3) int depth,
			@RequestParam(defaultValue = "200") @Min(1) @Max(EgoNetworks.MAX_LIMIT) int limit,
			@RequestParam(required = false) String marks, @RequestParam(required = false) String filter,
			Authentication auth) {
		Caller caller = Caller.of(auth);
		caller.requireSelfOrAdmin(id, "id");
		if (!caller.admin() && depth > 2) {
			throw Problems.badRequest("depth", "Members see their network up to two hops");
		}
		boolean filtered = mentoring("filter", filter);
		if (!filtered && !mentoring("marks", marks)) {
			return EgoNetworks.visibleTo(this.egoNetworks.of(id, depth, limit), this.visibility.forViewer(caller));
		}
		Map<String, List<String>> marked = this.mentoringMarks.of(id);
		EgoNetwork network = filtered ? this.egoNetworks.limitedTo(id, depth, marked.keySet())
				: this.egoNetworks.of(id, depth, limit);
		network = EgoNetworks.visibleTo(network, this.visibility.forViewer(caller));
		Set<String> shown = new HashSet<>();
		network.nodes().forEach(n -> shown.add(n.id()));
		List<EgoNetwork.Marked> people = new ArrayList<>();
		marked.forEach((person, kinds) -> people.add(new EgoNetwork.Marked(person, kinds, shown.contains(person))));
		return network.withMentoring(new EgoNetwork.Mentoring(filtered, people));
	}

	/** Whether a parameter asks for the mentor's picture; 400 for anything else. */
	private static boolean mentoring(String parameter, String value) {
		if (value == null || value.isBlank()) {
			return false;
		}
		if (!value.strip().equalsIgnoreCase("mentoring")) {
			throw Problems.badRequest(parameter, "'" + parameter + "' takes 'mentoring' or nothing");
		}
		return true;
	}

}
