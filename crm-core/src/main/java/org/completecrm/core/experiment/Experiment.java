package org.completecrm.core.experiment;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.OfferId;
import org.completecrm.core.Checks;
import org.completecrm.core.SeededHash;
import org.immutables.value.Value;

/**
 * An experiment: arms (a champion, challengers and a control group) with shares summing to 1, a
 * seed, and the action whose effect it measures (the control group never gets it). Assignment is
 * deterministic: the unit's id hashed with the seed ({@link SeededHash}) gives a number in [0, 1)
 * that falls in one arm's share, in the order of the arms.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExperiment.class)
@JsonDeserialize(as = ImmutableExperiment.class)
public abstract class Experiment {
  Experiment() {}

  /** A builder. */
  public static ImmutableExperiment.Builder builder() {
    return ImmutableExperiment.builder();
  }

  /** The experiment's id. */
  public abstract String id();

  /** The seed of the assignment. */
  public abstract long seed();

  /** The arms; shares sum to 1. */
  public abstract List<ExperimentArm> arms();

  /** The action whose effect is measured: a control arm's customers are never contacted with it. */
  public abstract Optional<OfferId> action();

  /** What is assigned as one; households by default. */
  @Value.Default
  public AssignmentUnit unit() {
    return AssignmentUnit.HOUSEHOLD;
  }

  /** The arm of a customer in {@code household} (if any). */
  public Assignment assign(CustomerId customer, Optional<HouseholdId> household) {
    Checks.present(customer, "Experiment.assign.customer");
    Checks.present(household, "Experiment.assign.household");
    String key = unit() == AssignmentUnit.HOUSEHOLD && household.isPresent()
        ? "h:" + household.get().value() : "c:" + customer.value();
    double u = SeededHash.uniform(seed(), id() + '\u0000' + key);
    double upTo = 0;
    List<ExperimentArm> arms = arms();
    for (int i = 0; i < arms.size() - 1; i++) {
      upTo += arms.get(i).share();
      if (u < upTo) {
        return assignment(arms.get(i));
      }
    }
    return assignment(arms.get(arms.size() - 1));
  }

  /**
   * Whether a customer assigned {@code assignment} must not be contacted with {@code action}: they
   * are in this experiment's control arm and {@code action} is the experimented one.
   */
  public boolean withholds(Assignment assignment, OfferId action) {
    Checks.present(assignment, "Experiment.withholds.assignment");
    Checks.present(action, "Experiment.withholds.action");
    return assignment.experiment().equals(id()) && assignment.isControl() && action().map(action::equals).orElse(false);
  }

  /** The arm named {@code name}, if there is one. */
  public Optional<ExperimentArm> arm(String name) {
    return arms().stream().filter(a -> a.name().equals(name)).findFirst();
  }

  private Assignment assignment(ExperimentArm arm) {
    return new Assignment(id(), arm.name(), arm.role());
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "Experiment.id");
    Checks.noNulls(arms(), "Experiment.arms");
    if (arms().size() < 2) {
      throw new InvalidValueException("Experiment.arms", arms().size() + " arms", "at least 2 arms");
    }
    Set<String> names = new HashSet<>();
    double sum = 0;
    int controls = 0;
    for (int i = 0; i < arms().size(); i++) {
      ExperimentArm a = arms().get(i);
      if (!names.add(a.name())) {
        throw new InvalidValueException("Experiment.arms[" + i + "].name", a.name(), "a name no other arm has");
      }
      sum += a.share();
      controls += a.role() == ArmRole.CONTROL ? 1 : 0;
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw new InvalidValueException("Experiment.arms", "shares summing to " + sum, "shares summing to 1");
    }
    if (controls > 1) {
      throw new InvalidValueException("Experiment.arms", controls + " control arms", "at most one CONTROL arm");
    }
    if (controls == 1 && action().isEmpty()) {
      throw new InvalidValueException("Experiment.action", "absent", "the action a CONTROL arm is kept from");
    }
  }
}
