package org.warmpath.people;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import jakarta.validation.Valid;
import org.warmpath.accounts.Caller;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.warmpath.problems.Problems;
import org.warmpath.visibility.Viewer;
import org.warmpath.visibility.Visibility;

@RestController
@RequestMapping("/api/people")
@Validated
class PersonController {

	private final Directory directory;

	private final PersonWrites writes;

	private final PersonErasure erasure;

	private final Visibility visibility;

	PersonController(Directory directory, PersonWrites writes, PersonErasure erasure, Visibility visibility) {
		this.visibility = visibility;
		this.directory = directory;
		this.writes = writes;
		this.erasure = erasure;
	}

	@GetMapping
	PageOf<PersonSummary> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String specialty, @RequestParam(required = false) String region,
			@RequestParam(required = false) String grade, @RequestParam(required = false) Boolean openToMentoring,
			@RequestParam(required = false) @Size(max = 200) String programme,
			@RequestParam(required = false) @Size(max = 200) String skill,
			@RequestParam(required = false) @Size(max = 200) String organisation,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(Directory.MAX_PAGE_SIZE) int size) {
		return this.directory.search(
				new PersonFilter(q, specialty, region, grade, openToMentoring, programme, skill, organisation), page,
				size);
	}

	@GetMapping("/{id}")
	PersonDetails get(@PathVariable String id, Authentication auth) {
		PersonDetails person = get(id);
		Caller caller = Caller.of(auth);
		return (caller.admin() || caller.is(id)) ? person : publicProfile(person);
	}

	private PersonDetails get(String id) {
		return this.directory.find(id).orElseThrow(() -> Problems.notFound("person", id));
	}

	/**
	 * A profile as other people see it: without the private fields (LinkedIn URL, the
	 * visibility setting, audit times).
	 */
	static PersonDetails publicProfile(PersonDetails p) {
		return new PersonDetails(p.id(), p.name(), p.headline(), p.grade(), p.seniority(), p.specialty(), p.region(),
				p.organisation(), p.skills(), p.programmes(), p.openToIntroductions(), p.openToMentoring(),
				p.mentorCapacity(), p.activeMentees(), p.degree(), null, null, null, null);
	}

	/**
	 * A person's list of connections, by the one visibility rule ({@link Viewer}): admins
	 * and the person see all of it; a contact of theirs, when their setting is not
	 * private, sees the ties the rule shows them (not a tie to someone who keeps theirs
	 * private); nobody else sees the list.
	 */
	@GetMapping("/{id}/connections")
	PageOf<Connection> connections(@PathVariable String id, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size, Authentication auth) {
		if (!this.directory.exists(id)) {
			throw Problems.notFound("person", id);
		}
		Caller caller = Caller.of(auth);
		Viewer viewer = this.visibility.forViewer(caller);
		if (!viewer.listsConnectionsOf(id)) {
			throw Caller.forbidden("Only this person's first-degree contacts may see their connections", "id");
		}
		return this.directory.connections(id, page, size, viewer.hiddenTiesOf(id))
			.orElseThrow(() -> Problems.notFound("person", id));
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<PersonDetails> create(@PathVariable String id, @Valid @RequestBody PersonInput input) {
		this.writes.save(id, input, true);
		return ResponseEntity.status(HttpStatus.CREATED).body(get(id));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<PersonDetails> replace(@PathVariable String id, @Valid @RequestBody PersonInput input) {
		UpsertResult result = this.writes.save(id, input, false);
		return ResponseEntity.status(result == UpsertResult.CREATED ? HttpStatus.CREATED : HttpStatus.OK).body(get(id));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String id) {
		this.erasure.erase(id);
	}

	@PutMapping("/{id}/connections/{otherId}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Connection> connect(@PathVariable String id, @PathVariable String otherId,
			@Valid @RequestBody(required = false) TieInput input) {
		UpsertResult result = this.writes.saveTie(id, otherId,
				(input == null) ? new TieInput(null, null, null) : input);
		// the write applied its change in place before returning; a projection that is
		// behind (a re-read under way) falls back to reading what was committed
		Connection tie = this.directory.tieInMemory(id, otherId)
			.or(() -> this.directory.tie(id, otherId))
			.orElseThrow();
		return ResponseEntity.status(result == UpsertResult.CREATED ? HttpStatus.CREATED : HttpStatus.OK).body(tie);
	}

	@DeleteMapping("/{id}/connections/{otherId}")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void disconnect(@PathVariable String id, @PathVariable String otherId) {
		this.writes.deleteTie(id, otherId);
	}

}
