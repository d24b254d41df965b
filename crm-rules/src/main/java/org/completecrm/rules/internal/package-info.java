/**
 * The internal part of the root package: the decision pipeline behind {@code Decisions.decide}, in
 * {@code internal.nba}. Not API: may change in any release, used only inside crm-rules (an ArchUnit
 * rule keeps it so). Each package's own machinery is in its {@code internal} sub-package
 * ({@code condition.internal}, {@code ruleset.internal}, {@code policy.internal}, {@code
 * explain.internal}), which the cycle check counts as part of that package.
 */
@NullMarked
package org.completecrm.rules.internal;

import org.jspecify.annotations.NullMarked;
