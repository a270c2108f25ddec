package org.warmpath.ties;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.warmpath.accounts.Caller;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A member's own ties: list them with both sides and how their strength was computed,
 * write my side of one, answer the requests others sent me, remove one. Always about the
 * caller's own person, so nobody sees another member's sides or requests.
 */
@RestController
@Validated
@RequestMapping("/api/me/connections")
class ConnectionsController {

	private final Vouches vouches;

	ConnectionsController(Vouches vouches) {
		this.vouches = vouches;
	}

	@GetMapping
	MyTie.Listing mine(@RequestParam(defaultValue = "100") @Min(1) @Max(Vouches.MAX_LIST) int limit,
			Authentication auth) {
		return this.vouches.list(Caller.of(auth).requirePerson(), limit);
	}

	@GetMapping("/requests")
	List<MyTie.Waiting> requests(@RequestParam(defaultValue = "100") @Min(1) @Max(Vouches.MAX_LIST) int limit,
			Authentication auth) {
		return this.vouches.requests(Caller.of(auth).requirePerson(), limit);
	}

	/**
	 * My side of the tie to {@code otherId}: 202 while the other has not vouched, 200
	 * once the tie exists (created or re-rated) with its strength and parts.
	 */
	@PutMapping("/{otherId}")
	ResponseEntity<MyTie.Saved> save(@PathVariable String otherId, @RequestBody(required = false) SideInput body,
			Authentication auth) {
		MyTie.Saved saved = this.vouches.save(Caller.of(auth).requirePerson(), otherId, body);
		return ResponseEntity.status("pending".equals(saved.status()) ? HttpStatus.ACCEPTED : HttpStatus.OK)
			.body(saved);
	}

	@DeleteMapping("/{otherId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable String otherId, Authentication auth) {
		this.vouches.remove(Caller.of(auth).requirePerson(), otherId);
	}

}
