package org.completecrm.rules.policy.internal;

import java.util.Optional;
import org.completecrm.core.channel.Purpose;
import org.completecrm.rules.condition.internal.HouseholdFacts;
import org.completecrm.rules.explain.HouseholdHarmSignal;
import org.completecrm.rules.explain.Reason;
import org.completecrm.rules.ruleset.PolicySettings;

/**
 * Household suppression: no marketing to any member of the household while a current member has
 * a harm signal (a harm flag of {@link PolicySettings#HOUSEHOLD_HARM_FLAGS} or the rule set's
 * suppression flags, or an open complaint of severity {@code HIGH} or above). On unless the rule
 * set states why it is off; without a household view it has nothing to judge.
 */
final class HouseholdSuppression implements ContactPolicy.WholeContact {
  @Override
  public Optional<Reason> refuseEveryChannel(ProposedContact contact, PolicyMemo memo) {
    HouseholdFacts household = memo.facts.household();
    if (household == null || contact.purpose() != Purpose.MARKETING || !memo.settings.householdSuppression()) {
      return Optional.empty();
    }
    return household.harmSignal(PolicySettings.HOUSEHOLD_HARM_FLAGS, memo.settings.suppressionFlags())
        .map(s -> new HouseholdHarmSignal(s.member().position(), s.member().role(), s.flag(), s.complaintSeverity()));
  }
}
