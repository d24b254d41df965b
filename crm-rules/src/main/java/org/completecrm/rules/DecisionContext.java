package org.completecrm.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.household.Household;
import org.completecrm.core.Checks;
import org.completecrm.core.Money;
import org.completecrm.core.holding.Holding;
import org.completecrm.core.interest.TopicLedger;
import org.completecrm.core.loyalty.MemberLoyalty;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.view.CustomerViews;
import org.completecrm.core.view.HouseholdView;
import org.completecrm.core.view.HouseholdViews;
import org.completecrm.core.view.MemberRecord;
import org.completecrm.core.voice.CustomerVoice;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.ruleset.RuleSet;
import org.immutables.value.Value;

/**
 * The inputs of one decision as one document: the event, the customer, their household, consent
 * ledger, preferences, timeline (of the customer and household members) and scores. The view is
 * folded at the decision instant, so the same context can be decided at any instant.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDecisionContext.class)
@JsonDeserialize(as = ImmutableDecisionContext.class)
public abstract class DecisionContext {
  DecisionContext() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code DecisionContext}, checked when built. */
  public static final class Builder extends ImmutableDecisionContext.Builder {
    Builder() {}
  }

  /** The event that asks for a decision. */
  public abstract DecisionEvent event();

  /** The customer. */
  public abstract Customer customer();

  /** Their household, if any. */
  public abstract Optional<Household> household();

  /** Their consent ledger. */
  public abstract ConsentLedger consent();

  /** Their channel preferences. */
  public abstract ChannelPreferences preferences();

  /** Timeline events of the customer and of household members. */
  public abstract List<TimelineEvent> timeline();

  /** Analytic scores and labels. */
  @Value.Default
  public Scores scores() {
    return Scores.none();
  }

  /** The customer's loyalty (programme, tier, points), if they are a member. */
  public abstract Optional<MemberLoyalty> loyalty();

  /**
   * The customer's voice (ideas voted for, open markets' prices), folded by the host with {@code
   * CustomerVoices.fold} at or before the instant the context is decided at.
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<CustomerVoice> voice();

  /** The customer's topic ledger (interests, topic opt-outs), if the host keeps one. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<TopicLedger> topics();

  /**
   * The other members of the household as records (their own timeline, consent, preferences and
   * holdings), for household-aware decisions: when given, the decision is made with the
   * household's facts ({@link #householdAt}). Members who are not current at the decision instant
   * are left out.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<MemberRecord> members();

  /** The customer's own holdings, counted in the household's value when {@link #members()} are given. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<Holding> holdings();

  /** The household's total wallet as the host estimated it, for headroom and share of wallet. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<Money> wallet();

  /**
   * The household view at {@code at}, folded from the customer's record and {@link #members()}:
   * empty without a household, without member records, or when the customer is not a current
   * member at {@code at}.
   *
   * @throws org.completecrm.core.InvalidValueException if a current member has no record
   */
  public Optional<HouseholdView> householdAt(Instant at) {
    if (household().isEmpty() || members().isEmpty()
        || household().get().membershipAt(customer().id(), at).isEmpty()) {
      return Optional.empty();
    }
    List<MemberRecord> records = new ArrayList<>(members().size() + 1);
    List<TimelineEvent> own = new ArrayList<>();
    for (TimelineEvent e : timeline()) {
      if (e.customer().equals(customer().id())) {
        own.add(e);
      }
    }
    records.add(MemberRecord.builder().customer(customer()).consent(consent()).preferences(preferences())
        .timeline(own).holdings(holdings()).build());
    records.addAll(members());
    return Optional.of(HouseholdViews.fold(household().get(), records, wallet(), at));
  }

  /**
   * The customer view at {@code at}, with the customer's loyalty and voice.
   *
   * @throws org.completecrm.core.InvalidValueException if the voice was folded after {@code at}
   */
  public CustomerView viewAt(Instant at) {
    CustomerView view = CustomerViews.fold(customer(), household(), consent(), preferences(), timeline(), at);
    if (loyalty().isPresent()) {
      view = view.withLoyalty(loyalty().get());
    }
    if (topics().isPresent()) {
      view = view.withTopics(topics().get());
    }
    return voice().isPresent() ? view.withVoice(voice().get()) : view;
  }

  /** The decision at {@code at} under {@code ruleSet}. */
  public Decision decide(RuleSet ruleSet, Instant at) {
    Checks.present(at, "DecisionContext.decide.at");
    Optional<HouseholdView> h = householdAt(at);
    return h.isPresent() ? Decisions.decide(event(), viewAt(at), h.get(), scores(), ruleSet, at)
        : Decisions.decide(event(), viewAt(at), scores(), ruleSet, at);
  }

  @Value.Check
  void check() {
    Checks.present(event(), "DecisionContext.event");
    Checks.present(customer(), "DecisionContext.customer");
    Checks.present(consent(), "DecisionContext.consent");
    Checks.present(preferences(), "DecisionContext.preferences");
    Checks.noNulls(timeline(), "DecisionContext.timeline");
    Checks.noNulls(members(), "DecisionContext.members");
    Checks.noNulls(holdings(), "DecisionContext.holdings");
  }
}
