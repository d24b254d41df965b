/**
 * Next-best-action: the stages of a decision hub (rules, eligibility, applicability, suitability,
 * arbitration, contact policies, volume constraints) that turn the proposals of interaction rules
 * into a ranked, explained decision. Not API: a host decides through {@code Decisions.decide}.
 */
@NullMarked
package org.completecrm.rules.internal.nba;

import org.jspecify.annotations.NullMarked;
