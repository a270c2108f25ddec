package org.warmpath.claims;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.warmpath.accounts.Caller;
import org.warmpath.problems.Problems;

/**
 * {@code POST}/{@code GET /api/me/claims}: an account asks to speak for an unclaimed
 * person and follows its claims; {@code GET /api/claims?status=}, {@code POST
 * /api/claims/{id}/confirm} and {@code .../reject}: admins decide (403 for anyone else).
 * The rule is {@link Claims}'s.
 */
@RestController
class ClaimController {

	private static final Set<String> STATUSES = Set.of(Claims.PENDING, Claims.CONFIRMED, Claims.REJECTED);

	private final Claims claims;

	ClaimController(Claims claims) {
		this.claims = claims;
	}

	@PostMapping("/api/me/claims")
	ResponseEntity<Claim> request(@RequestBody(required = false) ClaimRequest body, Authentication auth) {
		if (body == null || body.personId() == null || body.personId().isBlank()) {
			throw Problems.badRequest("personId", "Name the person to claim: {\"personId\": \"...\"}");
		}
		String username = Caller.of(auth).username();
		boolean existed = this.claims.list(username, Claims.PENDING)
			.stream()
			.anyMatch(c -> c.personId().equals(body.personId().strip()));
		Claim claim = this.claims.request(username, body.personId().strip());
		return ResponseEntity.status(existed ? HttpStatus.OK : HttpStatus.CREATED).body(claim);
	}

	@GetMapping("/api/me/claims")
	List<Claim> mine(Authentication auth) {
		return this.claims.list(Caller.of(auth).username(), null);
	}

	@GetMapping("/api/claims")
	List<Claim> all(@RequestParam(required = false) String status, Authentication auth) {
		requireAdmin(auth);
		return this.claims.list(null, status(status));
	}

	@PostMapping("/api/claims/{id}/confirm")
	Claim confirm(@PathVariable String id, Authentication auth) {
		return this.claims.confirm(id, requireAdmin(auth));
	}

	@PostMapping("/api/claims/{id}/reject")
	Claim reject(@PathVariable String id, @RequestBody(required = false) ClaimDecision body, Authentication auth) {
		return this.claims.reject(id, requireAdmin(auth), (body != null) ? body.reason() : null);
	}

	private static String requireAdmin(Authentication auth) {
		Caller caller = Caller.of(auth);
		if (!caller.admin()) {
			throw Caller.forbidden("Only an admin decides claims", null);
		}
		return caller.username();
	}

	private static String status(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		String s = status.strip().toUpperCase(java.util.Locale.ROOT);
		if (!STATUSES.contains(s)) {
			throw Problems.badRequest("status", "Unknown status '" + status + "'; use pending, confirmed or rejected");
		}
		return s;
	}

}
