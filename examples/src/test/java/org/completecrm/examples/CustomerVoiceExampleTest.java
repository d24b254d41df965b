package org.completecrm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.completecrm.core.CustomerId;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.voice.Ballot;
import org.completecrm.core.voice.Vote;
import org.completecrm.rules.loop.Notification;
import org.completecrm.rules.loop.SuppressedNotification;
import org.junit.jupiter.api.Test;

/** The customer-voice example does what its Javadoc promises. */
class CustomerVoiceExampleTest {
  @Test
  void everyVoterAndTraderIsToldThroughAConsentedChannelOrTheReasonIsGiven() {
    StringWriter text = new StringWriter();
    CustomerVoiceExample.Result r = CustomerVoiceExample.run(new PrintWriter(text));
    Map<String, Set<CustomerId>> involved = new HashMap<>();
    for (Ballot b : r.ballots()) {
      Set<CustomerId> s = new TreeSet<>();
      b.votes().stream().map(Vote::customer).forEach(s::add);
      r.ideas().stream().filter(i -> i.id().equals(b.idea())).findFirst().orElseThrow().submittedBy().ifPresent(s::add);
      involved.put("idea " + b.idea(), s);
    }
    involved.put("market " + r.market().id(), r.market().traders());
    Map<String, Set<CustomerId>> reached = new HashMap<>();
    for (Notification n : r.loop().notifications()) {
      assertTrue(reached.computeIfAbsent(n.subject(), k -> new TreeSet<>()).add(n.customer()));
      assertTrue(r.views().get(n.customer()).consent().allows(n.channel(), Purpose.RESEARCH, CustomerVoiceExample.DECIDED));
    }
    for (SuppressedNotification s : r.loop().suppressed()) {
      assertTrue(reached.computeIfAbsent(s.subject(), k -> new TreeSet<>()).add(s.customer()));
    }
    assertEquals(involved, reached);
    assertTrue(r.loop().suppressed().stream().anyMatch(s -> s.customer().value().equals("c-05")));
    assertTrue(r.loop().suppressed().stream().anyMatch(s -> s.customer().value().equals("c-10")));
    assertTrue(r.loop().suppressed().stream().anyMatch(s -> s.customer().value().equals("c-08")
        && s.reasons().get(1).contains("detractor")));
    Set<String> perChannel = new TreeSet<>();
    for (Notification n : r.digest().notifications()) {
      assertTrue(perChannel.add(n.customer() + "/" + n.channel()), "two messages to " + n.customer() + " on " + n.channel());
      assertTrue(r.views().get(n.customer()).consent().allows(n.channel(), Purpose.RESEARCH, n.sendAt()));
    }
    assertTrue(r.digest().notifications().size() < r.loop().notifications().size(), "nothing was digested");
    assertTrue(r.market().resolved());
    assertTrue(text.toString().contains("refused: customer c-01 already voted UP"), text.toString());
    assertTrue(text.toString().contains("household h-"), text.toString());
    assertTrue(r.weightedRanking().explanation().contains("premium x3.00"));
    assertTrue(r.market().paidOut().minus(r.market().collected()).amount().doubleValue() <= r.market().worstCaseLoss());
  }
}
