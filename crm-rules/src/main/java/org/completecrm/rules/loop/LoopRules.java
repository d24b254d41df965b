package org.completecrm.rules.loop;

import java.util.EnumSet;
import java.util.Set;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.voice.IdeaStatus;
import org.completecrm.rules.ruleset.PolicySettings;

/**
 * The rule set for closing the loop: who is told, about which changes, under which purpose of
 * contact and which contact policies beyond the built-in ones.
 *
 * @param purpose the purpose the contact gate judges (research by default: ideas, votes and
 *     markets are research and feedback; a host whose policy treats telling customers the outcome
 *     of what they asked for as service can choose {@link Purpose#SERVICE})
 * @param notifyOn the idea statuses whose arrival is announced
 * @param includeSubmitter whether the customer who submitted an idea is told
 * @param includeDownVoters whether customers who voted against an idea are told
 * @param policies contact policies added to the built-in ones (a rule set's {@code policies()})
 */
public record LoopRules(
    Purpose purpose, Set<IdeaStatus> notifyOn, boolean includeSubmitter, boolean includeDownVoters,
    PolicySettings policies) {
  /** Validates and copies the parts. */
  public LoopRules {
    if (purpose == null || notifyOn == null || notifyOn.stream().anyMatch(java.util.Objects::isNull) || policies == null) {
      throw new InvalidValueException("LoopRules", purpose, "a purpose, a set of statuses and policy settings");
    }
    notifyOn = Set.copyOf(notifyOn);
  }

  /** Research purpose; every status change announced; submitters and all voters told; built-in policies only. */
  public static LoopRules defaults() {
    return new LoopRules(Purpose.RESEARCH, EnumSet.allOf(IdeaStatus.class), true, true, PolicySettings.none());
  }

  /** These rules with another purpose. */
  public LoopRules withPurpose(Purpose p) {
    return new LoopRules(p, notifyOn, includeSubmitter, includeDownVoters, policies);
  }

  /** These rules announcing only the given statuses. */
  public LoopRules notifyingOn(Set<IdeaStatus> statuses) {
    return new LoopRules(purpose, statuses, includeSubmitter, includeDownVoters, policies);
  }

  /** These rules with down-voters told or not. */
  public LoopRules withDownVoters(boolean told) {
    return new LoopRules(purpose, notifyOn, includeSubmitter, told, policies);
  }

  /** These rules with a rule set's contact policies added to the built-in ones. */
  public LoopRules withPolicies(PolicySettings settings) {
    return new LoopRules(purpose, notifyOn, includeSubmitter, includeDownVoters, settings);
  }
}
