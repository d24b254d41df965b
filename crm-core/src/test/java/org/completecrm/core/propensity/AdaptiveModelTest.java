package org.completecrm.core.propensity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.OfferResponse;
import org.junit.jupiter.api.Test;

class AdaptiveModelTest {
  private static final OfferId GOLD_CARD = OfferId.of("gold-card");
  private static final Scores GOLD = Scores.builder().putLabels(Scores.VALUE_TIER, "gold").putValues(Scores.CLV, 1200.0).build();
  private static final Scores BRONZE = Scores.builder().putLabels(Scores.VALUE_TIER, "bronze").putValues(Scores.CLV, 40.0).build();

  @Test
  void aPriorGivesItsMeanToEveryCustomer() {
    AdaptiveModel prior = AdaptiveModel.standardPrior();
    assertEquals(0.1, prior.estimate(GOLD_CARD, Channel.EMAIL, GOLD).probability(), 1e-12);
    assertEquals(0, prior.estimate(GOLD_CARD, Channel.EMAIL, GOLD).evidence());
  }

  @Test
  void evidenceMovesThePropensityAndNamesWhy() {
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      outcomes.add(Outcome.of(GOLD_CARD, Channel.EMAIL, i % 3 == 0 ? OfferResponse.ACCEPTED : OfferResponse.REJECTED, GOLD));
      outcomes.add(Outcome.of(GOLD_CARD, Channel.EMAIL, i % 20 == 0 ? OfferResponse.ACCEPTED : OfferResponse.IGNORED, BRONZE));
    }
    AdaptiveModel model = AdaptiveModel.standardPrior().learn(outcomes).learn(outcomes);
    PropensityEstimate gold = model.estimate(GOLD_CARD, Channel.EMAIL, GOLD);
    PropensityEstimate bronze = model.estimate(GOLD_CARD, Channel.EMAIL, BRONZE);
    assertEquals(2, model.version());
    assertEquals(1600, gold.evidence());
    assertEquals(1.0 / 3, gold.probability(), 0.03);
    assertEquals(0.05, bronze.probability(), 0.02);
    assertTrue(gold.because().contains("likely to accept because of"), gold.because());
    assertTrue(gold.because().contains("valueTier = gold"), gold.because());
    assertEquals(0.1, model.estimate(GOLD_CARD, Channel.SMS, GOLD).probability(), 1e-12);
  }

  @Test
  void aModelWhoseEvidenceDoesNotMatchItsPredictorsIsRefusedAtItsPath() {
    String json = CrmJson.write(AdaptiveModel.standardPrior().learn(List.of(Outcome.of(GOLD_CARD, Channel.EMAIL,
        OfferResponse.ACCEPTED, GOLD)))).replace("\"predictor\":\"clv\"", "\"predictor\":\"cvl\"");
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> CrmJson.read(json, AdaptiveModel.class));
    assertTrue(e.getMessage().contains("AdaptiveModel.evidence[0].predictors[0].predictor"), e.getMessage());
  }

  @Test
  void badPredictorsAreRefused() {
    assertThrows(InvalidValueException.class, () -> Predictor.numeric("clv", 5, 5));
    assertThrows(InvalidValueException.class, () -> Predictor.numeric("clv"));
    assertThrows(InvalidValueException.class, () -> AdaptiveModel.prior("m", AdaptiveModel.standardPredictors(), 1.0, 10));
    assertThrows(InvalidValueException.class, () -> new Exploration(1.5, 0));
  }
}
