package org.completecrm.rules.loop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.completecrm.core.Checks;
import org.completecrm.core.CustomerId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.view.CustomerView;
import org.completecrm.rules.explain.Reason;
import org.completecrm.rules.policy.ChannelVerdict;
import org.completecrm.rules.policy.ContactGate;
import org.completecrm.rules.policy.ContactPermission;

/**
 * One message per channel per customer for a run: the closing-the-loop notifications of one run
 * (several ideas changing status, a market resolving) that go to the same customer on the same
 * channel become one digest, sent when the last of them would have been, and the digest passes the
 * consent gate and caps again as one contact. Without it, a customer who voted on four ideas gets
 * four e-mails at the end of the same quiet hours, and each passes a cap the others fill.
 */
public final class NotificationDigest {
  private NotificationDigest() {}

  /**
   * The digest of {@code run}: per customer and channel one notification whose subject lists the
   * subjects and whose message holds each message on its own line, at the latest send instant of
   * its parts; checked once more by {@link ContactGate} for that channel at that instant under
   * {@code rules}' purpose and policies, and suppressed with the gate's reasons if refused. The
   * run's suppressed entries are kept as they are.
   *
   * @param run the notifications of one run (the sum of several {@link ClosingTheLoop} outcomes)
   * @param views the views of the customers notified, as of the run
   * @param rules the purpose and contact policies the notifications were made under
   */
  public static LoopOutcome of(LoopOutcome run, Map<CustomerId, CustomerView> views, LoopRules rules) {
    Checks.present(run, "NotificationDigest.run");
    Checks.noNulls(Checks.present(views, "NotificationDigest.views"), "NotificationDigest.views");
    Checks.present(rules, "NotificationDigest.rules");
    Map<String, List<Notification>> groups = new TreeMap<>();
    for (Notification n : run.notifications()) {
      groups.computeIfAbsent(n.customer().value() + "\u0000" + n.channel() + "\u0000" + n.purpose(),
          k -> new ArrayList<>()).add(n);
    }
    List<Notification> sent = new ArrayList<>();
    List<SuppressedNotification> suppressed = new ArrayList<>(run.suppressed());
    for (List<Notification> parts : groups.values()) {
      Notification first = parts.get(0);
      if (parts.size() == 1) {
        sent.add(first);
        continue;
      }
      CustomerId customer = first.customer();
      Channel channel = first.channel();
      StringBuilder subject = new StringBuilder().append(parts.size()).append(" updates: ");
      StringBuilder message = new StringBuilder();
      Instant sendAt = first.sendAt();
      for (int i = 0; i < parts.size(); i++) {
        Notification n = parts.get(i);
        subject.append(i == 0 ? "" : ", ").append(n.subject());
        message.append(i == 0 ? "" : "\n").append(n.message());
        sendAt = n.sendAt().isAfter(sendAt) ? n.sendAt() : sendAt;
      }
      CustomerView view = views.get(customer);
      List<String> reasons = new ArrayList<>();
      reasons.add("one digest of " + parts.size() + " messages on " + channel + " in this run");
      if (view == null) {
        reasons.add("no customer view (consent, preferences, contact history) known for " + customer);
        suppressed.add(new SuppressedNotification(customer, subject.toString(), reasons));
        continue;
      }
      ContactPermission p = ContactGate.check(view, first.purpose(), Set.of(channel), sendAt, rules.policies());
      p.refusal().map(Reason::text).ifPresent(reasons::add);
      for (ChannelVerdict v : p.verdicts()) {
        reasons.add(v.reason().text());
      }
      if (p.allowed()) {
        sent.add(new Notification(customer, subject.toString(), channel, first.purpose(), p.sendAt().orElse(sendAt),
            message.toString(), reasons));
      } else {
        suppressed.add(new SuppressedNotification(customer, subject.toString(), reasons));
      }
    }
    sent.sort((a, b) -> {
      int c = a.customer().value().compareTo(b.customer().value());
      return c != 0 ? c : a.channel().compareTo(b.channel());
    });
    return new LoopOutcome(sent, suppressed);
  }
}
