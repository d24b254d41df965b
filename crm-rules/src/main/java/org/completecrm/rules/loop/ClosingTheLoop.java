package org.completecrm.rules.loop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.internal.Checks;
import org.completecrm.core.voice.Account;
import org.completecrm.core.voice.Ballot;
import org.completecrm.core.voice.Idea;
import org.completecrm.core.voice.IdeaStatus;
import org.completecrm.core.voice.Market;
import org.completecrm.core.voice.Payout;
import org.completecrm.core.voice.Resolution;
import org.completecrm.core.voice.StatusChange;
import org.completecrm.core.voice.Vote;
import org.completecrm.core.voice.VoteDirection;

/**
 * Closing the loop with the customers who gave their voice: when an idea changes status, the
 * customers who voted on it (and its submitter) are told; when a market resolves, everyone who
 * traded in it is told the answer and their payout. Each customer involved appears exactly once,
 * either as a {@link Notification} on their preferred consented channel or as a {@link
 * SuppressedNotification} with the reason; nobody else appears.
 *
 * <p>Consent and channel come from {@link LoopConsentGate}. Pure functions: the instant of the
 * change is the instant consent is judged at.
 */
public final class ClosingTheLoop {
  private ClosingTheLoop() {}

  /**
   * The notifications for an idea's latest status change.
   *
   * @param idea the idea, whose latest history entry is the change to announce
   * @param ballot the votes on the idea (votes cast after the change are not counted: those voters
   *     already saw the new status)
   * @param contacts consent and preferences of the customers involved (others may be present)
   * @param rules who is told about which statuses, under which purpose
   * @throws InvalidValueException if the idea has no status change yet or the ballot is another idea's
   */
  public static LoopOutcome ideaStatusChanged(
      Idea idea, Ballot ballot, Map<CustomerId, CustomerContact> contacts, LoopRules rules) {
    Checks.present(idea, "ClosingTheLoop.idea");
    Checks.present(ballot, "ClosingTheLoop.ballot");
    Checks.noNulls(Checks.present(contacts, "ClosingTheLoop.contacts"), "ClosingTheLoop.contacts");
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
    return notify(subject, involved, messages, contacts, rules, change.at());
  }

  /**
   * The notifications for a resolved market: every trader is told the outcome and their payout.
   *
   * @throws InvalidValueException if the market is not resolved
   */
  public static LoopOutcome marketResolved(Market market, Map<CustomerId, CustomerContact> contacts, LoopRules rules) {
    Checks.present(market, "ClosingTheLoop.market");
    Checks.noNulls(Checks.present(contacts, "ClosingTheLoop.contacts"), "ClosingTheLoop.contacts");
    Checks.present(rules, "ClosingTheLoop.rules");
    Resolution r = market.resolution().orElseThrow(() ->
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
    return notify("market " + market.id(), involved, messages, contacts, rules, r.at());
  }

  private static LoopOutcome notify(
      String subject, Map<CustomerId, String> involved, Map<CustomerId, String> messages,
      Map<CustomerId, CustomerContact> contacts, LoopRules rules, Instant at) {
    List<Notification> sent = new ArrayList<>();
    List<SuppressedNotification> suppressed = new ArrayList<>();
    for (Map.Entry<CustomerId, String> e : involved.entrySet()) {
      CustomerId c = e.getKey();
      CustomerContact contact = contacts.get(c);
      if (contact == null) {
        suppressed.add(new SuppressedNotification(c, subject,
            List.of(e.getValue(), "no consent ledger or channel preferences known for " + c)));
        continue;
      }
      if (!contact.customer().equals(c)) {
        throw new InvalidValueException("ClosingTheLoop.contacts[" + c + "].customer", contact.customer(), "the contact of " + c);
      }
      ChannelChoice choice = LoopConsentGate.choose(contact, rules.purpose(), at);
      List<String> reasons = new ArrayList<>();
      reasons.add(e.getValue());
      reasons.addAll(choice.reasons());
      if (choice.channel().isPresent()) {
        sent.add(new Notification(c, subject, choice.channel().get(), rules.purpose(), choice.sendAt(),
            messages.get(c), reasons));
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
