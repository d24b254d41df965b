package org.completecrm.rules.condition.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.OfferId;
import org.completecrm.core.timeline.OfferResponse;
import org.completecrm.core.timeline.Severity;
import org.completecrm.core.view.HouseholdMember;
import org.completecrm.core.view.HouseholdView;
import org.completecrm.core.view.OfferRecord;
import org.completecrm.core.view.ServiceCase;
import org.jspecify.annotations.Nullable;

/**
 * What one decision knows of the customer's household: the household view (every current
 * member, the customer among them) with the facts rules and policies ask for, worked out once per
 * decision. Belongs to one decision on one thread, like {@link Facts}.
 */
public final class HouseholdFacts {
  private final HouseholdView view;
  private final CustomerId customer;
  private final List<HouseholdMember> others;
  private @Nullable List<HouseholdView.MemberCase> openComplaints;
  private @Nullable List<HouseholdView.MemberCommitment> othersOverdue;
  private @Nullable List<HouseholdView.MemberCommitment> othersPending;
  private @Nullable Set<String> flags;
  private @Nullable Optional<HarmSignal> harm;

  /**
   * A current member's harm signal.
   *
   * @param member the member
   * @param flag the harm flag (the first in name order), if a flag decided
   * @param complaintSeverity the open complaint's severity, if a complaint decided
   */
  public record HarmSignal(HouseholdMember member, Optional<String> flag, Optional<Severity> complaintSeverity) {}

  /**
   * Another member's hold on a household-scoped offer.
   *
   * @param member the member
   * @param response how they answered, empty while it is outstanding with them
   * @param since when it was presented (outstanding) or answered
   * @param coolDown the cool-down after their rejection, for a rejection
   */
  public record Hold(HouseholdMember member, Optional<OfferResponse> response, Instant since,
      Optional<Duration> coolDown) {}

  private HouseholdFacts(HouseholdView view, CustomerId customer) {
    this.view = view;
    this.customer = customer;
    List<HouseholdMember> o = new ArrayList<>(view.members().size());
    for (HouseholdMember m : view.members()) {
      if (!m.customer().equals(customer)) {
        o.add(m);
      }
    }
    this.others = Collections.unmodifiableList(o);
  }

  /**
   * The household facts of a decision about {@code customer} at {@code at}.
   *
   * @throws InvalidValueException if the customer is not a current member or the view is as of another instant
   */
  static HouseholdFacts of(HouseholdView view, CustomerId customer, Instant at) {
    if (view.member(customer).isEmpty()) {
      throw new InvalidValueException("Decision.household.members", view.household(),
          "a household the customer " + customer + " is a current member of");
    }
    if (!view.asOf().equals(at)) {
      throw new InvalidValueException("Decision.household.asOf", view.asOf(), "the decision instant " + at);
    }
    return new HouseholdFacts(view, customer);
  }

  /** The household view. */
  public HouseholdView view() {
    return view;
  }

  /** The current members other than the customer, by position. */
  public List<HouseholdMember> others() {
    return others;
  }

  /** Open complaints of every current member (the customer's too), by member. */
  public List<HouseholdView.MemberCase> openComplaints() {
    if (openComplaints == null) {
      openComplaints = view.openComplaints();
    }
    return openComplaints;
  }

  /** Every flag raised on a current member. */
  public Set<String> flags() {
    if (flags == null) {
      flags = view.flags();
    }
    return flags;
  }

  /** Commitments overdue to other members, by member then deadline. */
  public List<HouseholdView.MemberCommitment> othersOverdueCommitments() {
    if (othersOverdue == null) {
      othersOverdue = withoutCustomer(view.overdueCommitments());
    }
    return othersOverdue;
  }

  /** Commitments still to be kept to other members, by member then deadline. */
  public List<HouseholdView.MemberCommitment> othersPendingCommitments() {
    if (othersPending == null) {
      othersPending = withoutCustomer(view.pendingCommitments());
    }
    return othersPending;
  }

  private List<HouseholdView.MemberCommitment> withoutCustomer(List<HouseholdView.MemberCommitment> all) {
    List<HouseholdView.MemberCommitment> out = new ArrayList<>();
    for (HouseholdView.MemberCommitment c : all) {
      if (!c.member().customer().equals(customer)) {
        out.add(c);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** Ids of offers any current member answered {@code response}. */
  public Set<String> answeredOfferIds(OfferResponse response) {
    TreeSet<String> ids = new TreeSet<>();
    for (HouseholdView.MemberOffer o : view.answeredOffers(response)) {
      ids.add(o.offer().presented().offer().value());
    }
    return Collections.unmodifiableSet(ids);
  }

  /** Ids of offers outstanding with any current member. */
  public Set<String> outstandingOfferIds() {
    TreeSet<String> ids = new TreeSet<>();
    for (HouseholdView.MemberOffer o : view.outstandingOffers()) {
      ids.add(o.offer().presented().offer().value());
    }
    return Collections.unmodifiableSet(ids);
  }

  /**
   * The harm signal that suppresses marketing to every member, if a current member has one: the
   * first member by position with a harm flag (in {@code harmFlags}) or an open complaint of
   * severity {@code HIGH} or above; a flag before a complaint of the same member. Worked out on
   * the first call of the decision (whose flag sets do not change).
   */
  public Optional<HarmSignal> harmSignal(Set<String> harmFlags, Set<String> ruleSetFlags) {
    if (harm == null) {
      harm = harm(harmFlags, ruleSetFlags);
    }
    return harm;
  }

  private Optional<HarmSignal> harm(Set<String> harmFlags, Set<String> ruleSetFlags) {
    for (HouseholdMember m : view.members()) {
      String flag = null;
      for (String f : m.view().flags()) {
        if ((harmFlags.contains(f) || ruleSetFlags.contains(f)) && (flag == null || f.compareTo(flag) < 0)) {
          flag = f;
        }
      }
      if (flag != null) {
        return Optional.of(new HarmSignal(m, Optional.of(flag), Optional.empty()));
      }
      Severity worst = null;
      for (ServiceCase c : m.view().cases()) {
        if (c.isOpenComplaint() && c.severity().compareTo(Severity.HIGH) >= 0
            && (worst == null || c.severity().compareTo(worst) > 0)) {
          worst = c.severity();
        }
      }
      if (worst != null) {
        return Optional.of(new HarmSignal(m, Optional.empty(), Optional.of(worst)));
      }
    }
    return Optional.empty();
  }

  /**
   * Why a household-scoped {@code offer} may not be made to the customer at {@code at}: another
   * current member has it outstanding, accepted it, or turned it down less than {@code coolDown}
   * ago; the first such member by position.
   */
  public Optional<Hold> heldBy(OfferId offer, Duration coolDown, Instant at) {
    for (HouseholdView.MemberOffer mo : view.offers(offer)) {
      HouseholdMember m = mo.member();
      OfferRecord o = mo.offer();
      if (m.customer().equals(customer)) {
        continue;
      }
      if (o.outstandingAt(at)) {
        return Optional.of(new Hold(m, Optional.empty(), o.presented().at(), Optional.empty()));
      }
      if (o.response().isPresent() && o.respondedAt().isPresent()) {
        Instant answered = o.respondedAt().get();
        if (o.response().get() == OfferResponse.ACCEPTED) {
          return Optional.of(new Hold(m, o.response(), answered, Optional.empty()));
        }
        if (o.response().get() == OfferResponse.REJECTED && at.isBefore(answered.plus(coolDown))) {
          return Optional.of(new Hold(m, o.response(), answered, Optional.of(coolDown)));
        }
      }
    }
    return Optional.empty();
  }
}
