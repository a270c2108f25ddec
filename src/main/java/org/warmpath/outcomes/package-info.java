/**
 * What happened to introductions, as the rest of WarmPath learns from it: the
 * {@link org.warmpath.outcomes.IntroductionChanged} event every state change of an
 * introduction publishes (after its transaction commits), for the modules that react to
 * outcomes (routing by an introducer's responsiveness, notifications) without depending
 * on the {@code introductions} module, which itself depends on the path finders; and
 * {@link org.warmpath.outcomes.Responsiveness}, each introducer's answers so far and the
 * asks waiting for them, which the path finders and mutual connections rank by.
 */
@ApplicationModule(displayName = "Outcomes", allowedDependencies = { "cypher" })
package org.warmpath.outcomes;

import org.springframework.modulith.ApplicationModule;
