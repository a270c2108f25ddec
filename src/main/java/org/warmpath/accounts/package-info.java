/**
 * Sign-in accounts stored in Neo4j (bcrypt), the rules a new password must meet, personal
 * access tokens for scripts (Bearer, stored as SHA-256), their roles (ADMIN, ANALYST,
 * MEMBER, PROGRAMME_LEAD with the programmes it leads) and the caller an API request
 * speaks for.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = { "cypher", "embedded", "problems" })
package org.warmpath.accounts;

import org.springframework.modulith.ApplicationModule;
