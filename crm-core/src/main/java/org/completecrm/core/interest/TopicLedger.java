package org.completecrm.core.interest;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.completecrm.core.Checks;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A customer's append-only ledger of interests and topic opt-outs. As for consent, the state at an
 * instant is a function of the entries alone, whatever order they were appended in: per topic,
 * the latest interest entry decides whether the customer is interested, the latest opt-out entry
 * whether they opted out; at the same instant the restricting entry wins.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTopicLedger.class)
@JsonDeserialize(as = ImmutableTopicLedger.class)
public abstract class TopicLedger {
  TopicLedger() {}

  /** An empty ledger. */
  public static TopicLedger empty(CustomerId customer) {
    return ImmutableTopicLedger.builder().customer(customer).build();
  }

  /** A builder. */
  public static ImmutableTopicLedger.Builder builder() {
    return ImmutableTopicLedger.builder();
  }

  /** Whose ledger it is. */
  public abstract CustomerId customer();

  /** Entries in the order they were appended. */
  public abstract List<TopicEntry> entries();

  /** The ledger with {@code entry} appended. */
  public TopicLedger append(TopicEntry entry) {
    Checks.present(entry, "TopicLedger.append.entry");
    return ImmutableTopicLedger.builder().from(this).addEntries(entry).build();
  }

  /** Whether the customer had stated an interest in {@code topic} (and not taken it back) at {@code at}. */
  public boolean interested(String topic, Instant at) {
    TopicEntry e = latest(topic, at, true);
    return e != null && e.action() == TopicAction.INTERESTED;
  }

  /** Whether the customer had opted out of {@code topic} (and not back in) at {@code at}: then no marketing on it. */
  public boolean optedOut(String topic, Instant at) {
    TopicEntry e = latest(topic, at, false);
    return e != null && e.action() == TopicAction.OPTED_OUT;
  }

  /** The topics the customer is interested in at {@code at}, in name order. */
  public Set<String> interestsAt(Instant at) {
    Set<String> out = new TreeSet<>();
    entries().forEach(e -> {
      if (interested(e.topic(), at)) {
        out.add(e.topic());
      }
    });
    return out;
  }

  private @Nullable TopicEntry latest(String topic, Instant at, boolean aboutInterest) {
    Checks.notBlank(topic, "TopicLedger.topic");
    Checks.present(at, "TopicLedger.at");
    TopicEntry e = null;
    for (TopicEntry x : entries()) {
      if (x.topic().equals(topic) && x.action().aboutInterest() == aboutInterest && !x.recordedAt().isAfter(at)
          && (e == null || TopicEntry.EFFECT_ORDER.compare(x, e) > 0)) {
        e = x;
      }
    }
    return e;
  }

  @Value.Check
  void check() {
    Checks.present(customer(), "TopicLedger.customer");
    Checks.noNulls(entries(), "TopicLedger.entries");
    for (int i = 0; i < entries().size(); i++) {
      if (!entries().get(i).customer().equals(customer())) {
        throw new InvalidValueException(
            "TopicLedger.entries[" + i + "].customer", entries().get(i).customer(), "the ledger's customer " + customer());
      }
    }
  }

  @Override
  public String toString() {
    return "TopicLedger{" + customer() + ", entries=" + entries().size() + "}";
  }
}
