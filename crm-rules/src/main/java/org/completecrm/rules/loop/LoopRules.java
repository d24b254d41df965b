package org.completecrm.rules.loop;

import java.util.EnumSet;
import java.util.Set;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.voice.IdeaStatus;

/**
 * The rule set for closing the loop: who is told, about which changes, under which purpose of
 * contact.
 *
 * @param purpose the purpose consent is checked for (research by default: ideas, votes and
 *     markets are research and feedback)
 * @param notifyOn the idea statuses whose arrival is announced
 * @param includeSubmitter whether the customer who submitted an idea is told
 * @param includeDownVoters whether customers who voted against an idea are told
 */
public record LoopRules(Purpose purpose, Set<IdeaStatus> notifyOn, boolean includeSubmitter, boolean includeDownVoters) {
  /** Validates and copies the parts. */
  public LoopRules {
    if (purpose == null || notifyOn == null || notifyOn.stream().anyMatch(java.util.Objects::isNull)) {
      throw new InvalidValueException("LoopRules", purpose, "a purpose and a set of statuses");
    }
    notifyOn = Set.copyOf(notifyOn);
  }

  /** Research purpose; every status change announced; submitters and all voters told. */
  public static LoopRules defaults() {
    return new LoopRules(Purpose.RESEARCH, EnumSet.allOf(IdeaStatus.class), true, true);
  }

  /** These rules with another purpose. */
  public LoopRules withPurpose(Purpose p) {
    return new LoopRules(p, notifyOn, includeSubmitter, includeDownVoters);
  }

  /** These rules announcing only the given statuses. */
  public LoopRules notifyingOn(Set<IdeaStatus> statuses) {
    return new LoopRules(purpose, statuses, includeSubmitter, includeDownVoters);
  }

  /** These rules with down-voters told or not. */
  public LoopRules withDownVoters(boolean told) {
    return new LoopRules(purpose, notifyOn, includeSubmitter, told);
  }
}
