package org.completecrm.rules.loop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.completecrm.core.CustomerId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.voice.Account;
import org.completecrm.core.voice.Ballot;
import org.completecrm.core.voice.Idea;
import org.completecrm.core.voice.IdeaStatus;
import org.completecrm.core.voice.Market;
import org.completecrm.core.voice.Payout;
import org.completecrm.core.voice.MarketResolution;
import org.completecrm.core.voice.StatusChange;
import org.completecrm.core.voice.Vote;
import org.completecrm.core.voice.VoteDirection;
import org.completecrm.rules.explain.Reason;
import org.completecrm.rules.policy.ChannelVerdict;
import org.completecrm.rules.policy.ContactGate;
import org.completecrm.rules.policy.ContactPermission;

/**
 * Closing the loop with the customers who gave their voice: when an idea changes status, the
 * customers who voted on it (and its submitter) are told; when a market resolves, everyone who
 * traded in it is told the answer and their payout. Each customer involved appears exactly once,
 * either as a {@link Notification} on their preferred consented channel or as a {@link
 * SuppressedNotification} with the reason; nobody else appears.
 *
 * <p>Whether and how each customer may be contacted is decided by crm-rules' {@link ContactGate}
 * with the customer's {@link CustomerView}, exactly as for every other contact: suppression flags
 * and recent detractor answers (for research), consent for the channel and purpose at the instant
 * of the change and at the instant of sending, quiet hours (the message is deferred, not dropped),
 * the customer's stated frequency and the rule set's caps; among the channels the firm can start a
 * contact on, the customer's best-ranked one every policy allows is chosen. Pure functions: the
 * instant of the change is the instant of the decision.
 */
public final class ClosingTheLoop {
  /** The channels the firm can start a contact on: the ones tried, in the customer's ranking. */
  private static final Set<Channel> OUTBOUND = outboundChannels();

  private ClosingTheLoop() {}

  private static Set<Channel> outboundChannels() {
    Set<Channel> out = EnumSet.noneOf(Channel.class);
    for (Channel c : Channel.values()) {
      if (c.supportsOutbound()) {
        out.add(c);
      }
    }
    return java.util.Collections.unmodifiableSet(out);
  }

  /**
   * The notifications for an idea's latest status change.
   *
   * @param idea the idea, whose latest history entry is the change to announce
   * @param ballot the votes on the idea (votes cast after the change are not counted: those voters
   *     already saw the new status)
   * @param views the customer views of the customers involved, as of the change (others may be present)
   * @param rules who is told about which statuses, under which purpose
   * @throws InvalidValueException if the idea has no status change yet or the ballot is another idea's
   */
  public static LoopOutcome ideaStatusChanged(
      Idea idea, Ballot ballot, Map<CustomerId, CustomerView> views, LoopRules rules) {
    Checks.present(idea, "ClosingTheLoop.idea");
    Checks.present(ballot, "ClosingTheLoop.ballot");
    Checks.noNulls(Checks.present(views, "ClosingTheLoop.views"), "ClosingTheLoop.views");
    Checks.present(rules, "ClosingTheLoop.rules");
    if (!ballot.idea().equals(idea.id())) {
      throw new InvalidValueException("ClosingTheLoop.ballot.idea", ballot.idea(), "the ballot of idea " + idea.id());
    }
    if (idea.history().size() < 2) {
      throw new InvalidValueException("ClosingTheLoop.idea.history", idea.status(), "an idea whose status has changed since submission");
    }
    StatusChange change = idea.latest();
    if (!rules.notifyOn().contains(change.status())) {
      return LoopOutcome.empty();
    }
    Map<CustomerId, String> involved = new TreeMap<>();
    for (Vote v : ballot.votes()) {
      if (!v.at().isAfter(change.at()) && (rules.includeDownVoters() || v.direction() == VoteDirection.UP)) {
        involved.put(v.customer(), "voted " + v.direction() + " on idea " + idea.id() + " at " + v.at());
      }
    }
    if (rules.includeSubmitter()) {
      idea.submittedBy().ifPresent(c -> involved.merge(c, "submitted idea " + idea.id(), (a, b) -> b + "; " + a));
    }
    String subject = "idea " + idea.id();
    Map<CustomerId, String> messages = new TreeMap<>();
    for (Map.Entry<CustomerId, String> e : involved.entrySet()) {
      boolean submitter = idea.submittedBy().map(e.getKey()::equals).orElse(false);
      messages.put(e.getKey(), ideaMessage(idea, change, submitter ? "you submitted" : "you voted on"));
    }
    return notify(subject, involved, messages, views, rules, change.at());
  }

  /**
   * The notifications for a resolved market: every trader is told the outcome and their payout.
   *
   * @param market the resolved market
   * @param views the customer views of the traders, as of the resolution (others may be present)
   * @param rules the purpose and contact policies
   *
   * @throws InvalidValueException if the market is not resolved
   */
  public static LoopOutcome marketResolved(Market market, Map<CustomerId, CustomerView> views, LoopRules rules) {
    Checks.present(market, "ClosingTheLoop.market");
    Checks.noNulls(Checks.present(views, "ClosingTheLoop.views"), "ClosingTheLoop.views");
    Checks.present(rules, "ClosingTheLoop.rules");
    MarketResolution r = market.resolution().orElseThrow(() ->
        new InvalidValueException("ClosingTheLoop.market", market.id(), "a resolved market"));
    Map<CustomerId, String> involved = new TreeMap<>();
    Map<CustomerId, String> messages = new TreeMap<>();
    for (Account a : market.accounts()) {
      Payout p = r.payoutOf(a.customer()).orElseThrow(() ->
          new InvalidValueException("Market.resolution.payouts", a.customer(), "a payout for every trader"));
      long trades = market.trades().stream().filter(t -> t.customer().equals(a.customer())).count();
      involved.put(a.customer(), "traded " + trades + " time" + (trades == 1 ? "" : "s") + " in market " + market.id());
      String held = p.winningShares() > 0
          ? "You held " + shares(p.winningShares()) + " shares of it and received " + p.amount() + " in play money."
          : "You held no shares of it.";
      messages.put(a.customer(), "The market \"" + market.question() + "\" has been resolved: \"" + r.outcome()
          + "\". " + held + " Thank you for your forecast.");
    }
    return notify("market " + market.id(), involved, messages, views, rules, r.at());
  }

  private static LoopOutcome notify(
      String subject, Map<CustomerId, String> involved, Map<CustomerId, String> messages,
      Map<CustomerId, CustomerView> views, LoopRules rules, Instant at) {
    List<Notification> sent = new ArrayList<>();
    List<SuppressedNotification> suppressed = new ArrayList<>();
    for (Map.Entry<CustomerId, String> e : involved.entrySet()) {
      CustomerId c = e.getKey();
      CustomerView view = views.get(c);
      if (view == null) {
        suppressed.add(new SuppressedNotification(c, subject,
            List.of(e.getValue(), "no customer view (consent, preferences, contact history) known for " + c)));
        continue;
      }
      if (!view.customerId().equals(c)) {
        throw new InvalidValueException("ClosingTheLoop.views[" + c + "].customer", view.customerId(), "the view of " + c);
      }
      ContactPermission p = ContactGate.check(view, rules.purpose(), OUTBOUND, at, rules.policies());
      List<String> reasons = new ArrayList<>();
      reasons.add(e.getValue());
      p.refusal().map(Reason::text).ifPresent(reasons::add);
      for (ChannelVerdict v : p.verdicts()) {
        reasons.add(v.reason().text());
      }
      if (p.allowed()) {
        sent.add(new Notification(c, subject, p.channel().get(), rules.purpose(), p.sendAt().orElse(at),
            messages.getOrDefault(c, e.getValue()), reasons));
      } else {
        suppressed.add(new SuppressedNotification(c, subject, reasons));
      }
    }
    return new LoopOutcome(sent, suppressed);
  }

  private static String ideaMessage(Idea idea, StatusChange change, String relation) {
    String base = "The idea \"" + idea.title() + "\" " + relation + " ";
    String thanks = relation.equals("you submitted") ? " Thank you for your idea." : " Thank you for your vote.";
    String reason = change.reason().map(r -> change.status() == IdeaStatus.DECLINED ? ": " + r : " (" + r + ")").orElse("");
    switch (change.status()) {
      case PLANNED:
        return base + "is now planned" + reason + "." + thanks;
      case DONE:
        return base + "is done" + reason + "." + thanks;
      case DECLINED:
        return base + "has been declined" + reason + "." + thanks;
      default:
        return base + "is under review again" + reason + ".";
    }
  }

  private static String shares(double s) {
    return s == Math.rint(s) && s < 1e15 ? String.valueOf((long) s) : String.format(Locale.ROOT, "%.2f", s);
  }
}
