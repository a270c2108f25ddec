package org.warmpath.people;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.warmpath.web.Problems;

@RestController
@RequestMapping("/api/people")
@Validated
class PersonController {

	private final Directory directory;

	PersonController(Directory directory) {
		this.directory = directory;
	}

	@GetMapping
	PageOf<PersonSummary> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String specialty, @RequestParam(required = false) String region,
			@RequestParam(required = false) String grade, @RequestParam(required = false) Boolean openToMentoring,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(Directory.MAX_PAGE_SIZE) int size) {
		return this.directory.search(new PersonFilter(q, specialty, region, grade, openToMentoring), page, size);
	}

	@GetMapping("/{id}")
	PersonDetails get(@PathVariable String id) {
		return this.directory.find(id).orElseThrow(() -> Problems.notFound("person", id));
	}

	@GetMapping("/{id}/connections")
	PageOf<Connection> connections(@PathVariable String id, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return this.directory.connections(id, page, size);
	}

}
