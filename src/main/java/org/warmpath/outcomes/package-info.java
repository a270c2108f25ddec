/**
 * What happened to introductions, as the rest of WarmPath learns from it: the
 * {@link org.warmpath.outcomes.IntroductionChanged} event every state change of an
 * introduction publishes (after its transaction commits), for the modules that react to
 * outcomes (routing by an introducer's responsiveness, notifications) without depending
 * on the {@code introductions} module, which itself depends on the path finders.
 */
@ApplicationModule(displayName = "Outcomes", allowedDependencies = {})
package org.warmpath.outcomes;

import org.springframework.modulith.ApplicationModule;
