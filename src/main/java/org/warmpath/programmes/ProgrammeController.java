package org.warmpath.programmes;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.warmpath.accounts.Caller;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/programmes")
@Validated
class ProgrammeController {

	private final Programmes programmes;

	ProgrammeController(Programmes programmes) {
		this.programmes = programmes;
	}

	@GetMapping
	List<Programme> list(@RequestParam(required = false) @Size(max = 40) String kind,
			@RequestParam(required = false) @Size(max = 200) String q) {
		return this.programmes.list(kind, q);
	}

	@GetMapping("/{id}")
	ProgrammeDetails get(@PathVariable String id, @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(100) int size, Authentication auth) {
		return this.programmes.details(id, Caller.of(auth), page, size);
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Programme> create(@Valid @RequestBody ProgrammeInput input, Authentication auth) {
		Programme created = this.programmes.create(input, Caller.of(auth));
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Location", "/api/programmes/" + created.id())
			.body(created);
	}

	@PatchMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	Programme update(@PathVariable String id, @Valid @RequestBody ProgrammeInput input, Authentication auth) {
		return this.programmes.update(id, input, Caller.of(auth));
	}

	@PostMapping("/{id}/members/{personId}")
	Membership join(@PathVariable String id, @PathVariable String personId,
			@RequestBody(required = false) Membership.Request request, Authentication auth) {
		return this.programmes.join(id, personId, (request == null) ? null : request.as(), Caller.of(auth));
	}

	@DeleteMapping("/{id}/members/{personId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void leave(@PathVariable String id, @PathVariable String personId, Authentication auth) {
		this.programmes.leave(id, personId, Caller.of(auth));
	}

}
