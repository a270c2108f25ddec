/**
 * Claims: an account that speaks for no person asks to be linked to an unclaimed person
 * (one a member's LinkedIn import created from their contacts), and an admin confirms or
 * rejects it.
 */
@ApplicationModule(displayName = "Claims", allowedDependencies = { "accounts", "cypher", "problems" })
package org.warmpath.claims;

import org.springframework.modulith.ApplicationModule;
