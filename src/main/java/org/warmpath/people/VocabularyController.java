package org.warmpath.people;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The vocabulary, for any signed-in caller: the web app offers its words as choices. */
@RestController
class VocabularyController {

	private final Vocabulary vocabulary;

	VocabularyController(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	@GetMapping("/api/vocabulary")
	Vocabulary.Words vocabulary() {
		return this.vocabulary.words();
	}

}
