package org.warmpath.people;

/**
 * Erases a person for good (the right to erasure); implemented where personal data is
 * managed, so that the admin delete and a member's own deletion do the same thing.
 */
public interface PersonErasure {

	/**
	 * Removes the person, their ties, accounts and identifying fields; introductions they
	 * took part in survive only as anonymised counts; change feed entries no longer name
	 * them, and {@link PersonErased} is published once it is done.
	 * @param personId the person
	 * @throws org.springframework.web.ErrorResponseException 404 when there is no such
	 * person
	 */
	void erase(String personId);

}
