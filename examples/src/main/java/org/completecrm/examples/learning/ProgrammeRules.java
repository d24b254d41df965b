package org.completecrm.examples.learning;

import java.time.Duration;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.experiment.ArmRole;
import org.completecrm.core.experiment.AssignmentUnit;
import org.completecrm.core.experiment.Experiment;
import org.completecrm.core.experiment.ExperimentArm;
import org.completecrm.rules.condition.Condition;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.ActionKind;
import org.completecrm.rules.ruleset.Arbitration;
import org.completecrm.rules.ruleset.Effect;
import org.completecrm.rules.ruleset.Rule;
import org.completecrm.rules.ruleset.RuleSet;

/** The programme's rule sets (champion and challenger, both on the adaptive model) and its experiment. */
final class ProgrammeRules {
  static final String[] OFFERS = {"upgrade", "savings", "insurance"};
  static final double[] VALUES = {120, 60, 90};
  static final String MODEL = "propensity";

  private ProgrammeRules() {}

  /** The champion: rank by propensity times value; the challenger weighs propensity twice. */
  static RuleSet rules(String id, double propensityWeight) {
    var b = RuleSet.builder().id(id).version(1).propensityModel(MODEL)
        .arbitration(Arbitration.builder().propensityWeight(propensityWeight).build());
    var weekly = Rule.builder().id("weekly-offer").description("one offer a week to every customer")
        .when(Condition.on("event.kind").eq("CAMPAIGN_RUN"));
    for (int a = 0; a < OFFERS.length; a++) {
      b.addActions(ActionDefinition.builder().id(OfferId.of(OFFERS[a])).kind(ActionKind.OFFER).purpose(Purpose.MARKETING)
          .addChannels(Channel.EMAIL).value(VALUES[a]).repeatable(true).build());
      weekly.addThen(Effect.propose(OFFERS[a]));
    }
    return b.addRules(weekly.build()).build();
  }

  /** Champion 45%, challenger 45%, a control group of 10% kept from the savings offer, by customer. */
  static Experiment experiment(long seed) {
    return Experiment.builder().id("autumn-offers").seed(seed).action(OfferId.of("savings")).unit(AssignmentUnit.CUSTOMER)
        .addArms(ExperimentArm.builder().name("champion").role(ArmRole.CHAMPION).share(0.45).variant("offers-v1").build(),
            ExperimentArm.builder().name("challenger").role(ArmRole.CHALLENGER).share(0.45).variant("offers-v2").build(),
            ExperimentArm.of("control", ArmRole.CONTROL, 0.10))
        .build();
  }

  static Duration week() {
    return Duration.ofDays(7);
  }
}
