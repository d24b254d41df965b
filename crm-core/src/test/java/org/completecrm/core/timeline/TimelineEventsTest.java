package org.completecrm.core.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.OfferId;
import org.completecrm.core.TeamId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.score.Scores;
import org.completecrm.core.testing.InvalidGen;
import org.junit.jupiter.api.Test;

/** Timeline events, cost drivers and scores reject inconsistent input, naming the field. */
class TimelineEventsTest {
  private static final Instant AT = Instant.parse("2024-05-01T09:00:00Z");
  private static final CustomerId C = CustomerId.of("c-1");

  @Test
  void surveyScoresMustLieInTheirRange() {
    qt().withExamples(100).forAll(InvalidGen.outOfRangeSurveyScores()).checkAssert(s -> {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> FeedbackReceived.builder()
          .id(EventId.of("e-1")).customer(C).at(AT).survey(s.survey()).score(s.score()).build());
      assertEquals("FeedbackReceived.score", e.field());
      assertEquals(String.valueOf(s.score()), e.rejectedValue());
    });
    assertEquals("FeedbackReceived.score", assertThrows(InvalidValueException.class, () -> FeedbackReceived.builder()
        .id(EventId.of("e-1")).customer(C).at(AT).survey(SurveyKind.TEXT).score(3).build()).field());
  }

  @Test
  void scoresMustBeFinite() {
    qt().forAll(InvalidGen.nonFiniteDoubles()).checkAssert(d -> assertEquals("Scores.values[clv]",
        assertThrows(InvalidValueException.class, () -> Scores.builder().putValues(Scores.CLV, d).build()).field()));
  }

  @Test
  void aMarginInAnotherCurrencyIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Transaction.builder().id(EventId.of("e-1"))
        .customer(C).at(AT).amount(Money.of("10", "EUR")).kind(TransactionKind.PURCHASE)
        .margin(Money.of("2", "GBP")).build());
    assertEquals("Transaction.margin.currency", e.field());
  }

  @Test
  void aRefundHasAPositiveAmountAndANegativeSignedAmount() {
    Transaction refund = Transaction.builder().id(EventId.of("e-1")).customer(C).at(AT)
        .amount(Money.of("10", "EUR")).kind(TransactionKind.REFUND).build();
    assertEquals(Money.of("-10", "EUR"), refund.signedAmount());
  }

  @Test
  void anOfferCannotExpireBeforeItIsPresented() {
    assertEquals("OfferPresented.expiresAt", assertThrows(InvalidValueException.class, () -> OfferPresented.builder()
        .id(EventId.of("e-1")).customer(C).at(AT).offer(OfferId.of("o")).channel(Channel.EMAIL)
        .purpose(Purpose.MARKETING).expiresAt(AT).build()).field());
  }

  @Test
  void aCommitmentWindowMustLieBetweenThePromiseAndTheDeadline() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> CommitmentMade.builder().id(EventId.of("e-1"))
        .customer(C).at(AT).commitment(org.completecrm.core.CommitmentId.of("cm")).kind(CommitmentKind.CALL_BACK)
        .owner(TeamId.of("t")).dueFrom(AT.plusSeconds(7200)).dueBy(AT.plusSeconds(3600)).description("call").build());
    assertEquals("CommitmentMade.dueFrom", e.field());
  }

  @Test
  void costDriversHaveANonNegativeQuantity() {
    assertEquals("CostDriver.quantity", assertThrows(InvalidValueException.class,
        () -> CostDriver.of("inbound-call", new BigDecimal("-1"), "minute")).field());
    assertEquals(List.of("inbound-call", "minute"), List.of(CostDriver.of("inbound-call", BigDecimal.TEN, "minute").activity(),
        CostDriver.of("inbound-call", BigDecimal.TEN, "minute").unit()));
  }

  @Test
  void eventsOrderByInstantThenId() {
    TimelineEvent a = FlagChanged.builder().id(EventId.of("b")).customer(C).at(AT).flag("f").raised(true).reason("r").build();
    TimelineEvent b = FlagChanged.builder().id(EventId.of("a")).customer(C).at(AT).flag("f").raised(false).reason("r").build();
    TimelineEvent c = FlagChanged.builder().id(EventId.of("0")).customer(C).at(AT.plusSeconds(1)).flag("f").raised(true).reason("r").build();
    List<TimelineEvent> sorted = new java.util.ArrayList<>(List.of(c, a, b));
    sorted.sort(TimelineEvent.ORDER);
    assertEquals(List.of(b, a, c), sorted);
  }
}
