package org.completecrm.core.interest;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Comparator;
import org.completecrm.core.Checks;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.immutables.value.Value;

/** One line of a customer's topic ledger: an interest stated or taken back, an opt-out or its reversal. */
@Value.Immutable
@JsonSerialize(as = ImmutableTopicEntry.class)
@JsonDeserialize(as = ImmutableTopicEntry.class)
public abstract class TopicEntry {
  /**
   * The order in which entries take effect: by instant; at the same instant the restricting entry
   * last (it wins); then by source and evidence, so the order is total.
   */
  public static final Comparator<TopicEntry> EFFECT_ORDER = Comparator.comparing(TopicEntry::recordedAt)
      .thenComparing(e -> e.action().restricts())
      .thenComparing(TopicEntry::source)
      .thenComparing(TopicEntry::evidence);

  TopicEntry() {}

  /** A builder. */
  public static ImmutableTopicEntry.Builder builder() {
    return ImmutableTopicEntry.builder();
  }

  /** Whose entry it is. */
  public abstract CustomerId customer();

  /** The topic, a short lower-case name such as {@code "pensions"}. */
  public abstract String topic();

  /** What was recorded. */
  public abstract TopicAction action();

  /** When it took effect. */
  public abstract Instant recordedAt();

  /** Where it was captured, such as {@code "web-preference-centre"}. */
  public abstract String source();

  /** A reference to the evidence: form, session or recording id. */
  public abstract String evidence();

  @Value.Check
  void check() {
    Checks.present(customer(), "TopicEntry.customer");
    Checks.notBlank(topic(), "TopicEntry.topic");
    if (!topic().matches("[a-z0-9][a-z0-9-]{0,63}")) {
      throw new InvalidValueException("TopicEntry.topic", topic(), "a lower-case name of letters, digits and '-', at most 64");
    }
    Checks.present(action(), "TopicEntry.action");
    Checks.present(recordedAt(), "TopicEntry.recordedAt");
    Checks.notBlank(source(), "TopicEntry.source");
    Checks.notBlank(evidence(), "TopicEntry.evidence");
  }
}
