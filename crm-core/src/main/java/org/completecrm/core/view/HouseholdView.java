package org.completecrm.core.view;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.completecrm.core.Checks;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.commitment.Commitment;
import org.completecrm.core.commitment.CommitmentStatus;
import org.completecrm.core.timeline.OfferResponse;
import org.immutables.value.Value;

/**
 * The household as one relationship as of an instant: the view of every current member (a member
 * who has left no longer counts), what they hold and, if the host estimated it, the household's
 * total wallet. Built by {@link HouseholdViews#fold}; a pure value. The household's facts (open
 * complaints of any member, promises made to any member, offers per member, flags per member,
 * contacts per channel, value, headroom and share of wallet) are read from the members' views.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHouseholdView.class)
@JsonDeserialize(as = ImmutableHouseholdView.class)
public abstract class HouseholdView {
  HouseholdView() {}

  /** A builder, for hosts and tests that assemble a view directly. */
  public static ImmutableHouseholdView.Builder builder() {
    return ImmutableHouseholdView.builder();
  }

  /** The household. */
  public abstract HouseholdId household();

  /** The instant the view describes. */
  public abstract Instant asOf();

  /** The current members, by position. */
  public abstract List<HouseholdMember> members();

  /** The value current members hold at the firm at {@link #asOf()}, if they hold anything. */
  public abstract Optional<Money> value();

  /** The household's total wallet as the host estimated it (crm-analytics' {@code ShareOfWallet}), if known. */
  public abstract Optional<Money> wallet();

  /**
   * A case of one member.
   *
   * @param member the member
   * @param serviceCase the case
   */
  public record MemberCase(HouseholdMember member, ServiceCase serviceCase) {}

  /**
   * A commitment made to one member.
   *
   * @param member the member
   * @param commitment the commitment
   */
  public record MemberCommitment(HouseholdMember member, Commitment commitment) {}

  /**
   * An offer presented to one member.
   *
   * @param member the member
   * @param offer the offer and its response
   */
  public record MemberOffer(HouseholdMember member, OfferRecord offer) {}

  /** The current member {@code customer}, if they are one. */
  public Optional<HouseholdMember> member(CustomerId customer) {
    for (HouseholdMember m : members()) {
      if (m.customer().equals(customer)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** Open cases of every member, by member then opening instant. */
  public List<MemberCase> openCases() {
    return cases(false);
  }

  /** Open complaints of every member, by member then opening instant. */
  public List<MemberCase> openComplaints() {
    return cases(true);
  }

  private List<MemberCase> cases(boolean complaintsOnly) {
    List<MemberCase> out = new ArrayList<>();
    for (HouseholdMember m : members()) {
      for (ServiceCase c : m.view().cases()) {
        if (complaintsOnly ? c.isOpenComplaint() : c.isOpen()) {
          out.add(new MemberCase(m, c));
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** Commitments to every member still to be kept at {@link #asOf()}, by member then deadline. */
  public List<MemberCommitment> pendingCommitments() {
    return commitments(false);
  }

  /** Commitments to every member overdue at {@link #asOf()}, by member then deadline. */
  public List<MemberCommitment> overdueCommitments() {
    return commitments(true);
  }

  private List<MemberCommitment> commitments(boolean overdueOnly) {
    List<MemberCommitment> out = new ArrayList<>();
    for (HouseholdMember m : members()) {
      List<Commitment> cs = new ArrayList<>(m.view().commitments());
      cs.sort((a, b) -> a.dueBy().compareTo(b.dueBy()) != 0 ? a.dueBy().compareTo(b.dueBy()) : a.id().compareTo(b.id()));
      for (Commitment c : cs) {
        CommitmentStatus s = c.statusAt(asOf());
        if (overdueOnly ? s == CommitmentStatus.OVERDUE : s.isPending()) {
          out.add(new MemberCommitment(m, c));
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** Offers awaiting an answer at {@link #asOf()}, per member (by member, oldest first). */
  public List<MemberOffer> outstandingOffers() {
    List<MemberOffer> out = new ArrayList<>();
    for (HouseholdMember m : members()) {
      for (OfferRecord o : m.view().offers()) {
        if (o.outstandingAt(asOf())) {
          out.add(new MemberOffer(m, o));
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** Offers answered {@code response} by {@link #asOf()}, per member (by member, oldest first). */
  public List<MemberOffer> answeredOffers(OfferResponse response) {
    Checks.present(response, "HouseholdView.answeredOffers.response");
    List<MemberOffer> out = new ArrayList<>();
    for (HouseholdMember m : members()) {
      for (OfferRecord o : m.view().offers()) {
        if (o.response().isPresent() && o.response().get() == response) {
          out.add(new MemberOffer(m, o));
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Every offer presented to a current member, by offer id (by member, oldest first): built on first
   * use and kept with the view, so that decisions about several members look an offer up instead of
   * walking every member's offers. Not part of the view's value.
   */
  @Value.Lazy
  @JsonIgnore
  public Map<OfferId, List<MemberOffer>> offersById() {
    Map<OfferId, List<MemberOffer>> out = new HashMap<>();
    for (HouseholdMember m : members()) {
      for (OfferRecord o : m.view().offers()) {
        out.computeIfAbsent(o.presented().offer(), k -> new ArrayList<>()).add(new MemberOffer(m, o));
      }
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(out);
  }

  /** The presentations of {@code offer} to current members, by member, oldest first. */
  public List<MemberOffer> offers(OfferId offer) {
    Checks.present(offer, "HouseholdView.offers.offer");
    return offersById().getOrDefault(offer, List.of());
  }

  /** Every flag raised on any member and not cleared. */
  @JsonIgnore
  public Set<String> flags() {
    TreeSet<String> out = new TreeSet<>();
    for (HouseholdMember m : members()) {
      out.addAll(m.view().flags());
    }
    return Collections.unmodifiableSet(out);
  }

  /** Contacts with any member on {@code channel} in {@code [asOf - window, asOf]}, either direction. */
  public int contactsWithin(Channel channel, Duration window) {
    Checks.present(channel, "HouseholdView.contactsWithin.channel");
    Checks.present(window, "HouseholdView.contactsWithin.window");
    Instant from = asOf().minus(window);
    int n = 0;
    for (HouseholdMember m : members()) {
      for (Contact c : m.view().contacts()) {
        if (c.channel() == channel && !c.at().isBefore(from) && !c.at().isAfter(asOf())) {
          n++;
        }
      }
    }
    return n;
  }

  /** The business not yet at the firm (potential value): wallet minus value, if the wallet is known. */
  @JsonIgnore
  public Optional<Money> headroom() {
    if (wallet().isEmpty()) {
      return Optional.empty();
    }
    Money w = wallet().get();
    Money held = value().orElse(Money.zero(w.currency()));
    Money h = w.minus(held);
    return Optional.of(h.signum() < 0 ? Money.zero(w.currency()) : h);
  }

  /** Value ÷ wallet in [0, 1], if the wallet is known and not zero. */
  @JsonIgnore
  public Optional<Double> shareOfWallet() {
    if (wallet().isEmpty() || wallet().get().signum() <= 0) {
      return Optional.empty();
    }
    BigDecimal held = value().map(Money::amount).orElse(BigDecimal.ZERO);
    double share = held.divide(wallet().get().amount(), MathContext.DECIMAL64).doubleValue();
    return Optional.of(Math.max(0, Math.min(1, share)));
  }

  @Value.Check
  void check() {
    Checks.present(household(), "HouseholdView.household");
    Checks.present(asOf(), "HouseholdView.asOf");
    Checks.noNulls(members(), "HouseholdView.members");
    Set<CustomerId> seen = new TreeSet<>();
    for (int i = 0; i < members().size(); i++) {
      HouseholdMember m = members().get(i);
      if (m.position() != i + 1) {
        throw new InvalidValueException("HouseholdView.members[" + i + "].position", m.position(), "position " + (i + 1));
      }
      if (!seen.add(m.customer())) {
        throw new InvalidValueException("HouseholdView.members[" + i + "]", m.customer(), "each member once");
      }
      if (!m.view().asOf().equals(asOf())) {
        throw new InvalidValueException("HouseholdView.members[" + i + "].view.asOf", m.view().asOf(), "the household view's " + asOf());
      }
    }
    if (value().isPresent() && wallet().isPresent() && !value().get().currency().equals(wallet().get().currency())) {
      throw new InvalidValueException("HouseholdView.wallet", wallet().get().currency(), "the value's currency "
          + value().get().currency());
    }
  }

  @Override
  public String toString() {
    return "HouseholdView{" + household() + " as of " + asOf() + ", members=" + members().size() + "}";
  }
}
