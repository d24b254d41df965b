package org.completecrm.core.experiment;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * One arm of an experiment: its name, role, share of the customers and, for a champion or
 * challenger, the variant it runs (the name of a rule set or of arbitration weights).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExperimentArm.class)
@JsonDeserialize(as = ImmutableExperimentArm.class)
public abstract class ExperimentArm {
  ExperimentArm() {}

  /** An arm named {@code name} with role {@code role} and share {@code share}. */
  public static ExperimentArm of(String name, ArmRole role, double share) {
    return ImmutableExperimentArm.builder().name(name).role(role).share(share).build();
  }

  /** A builder. */
  public static ImmutableExperimentArm.Builder builder() {
    return ImmutableExperimentArm.builder();
  }

  /** The arm's name. */
  public abstract String name();

  /** Champion, challenger or control. */
  public abstract ArmRole role();

  /** Its share of the customers, in (0, 1]. */
  public abstract double share();

  /** The rule set or weights it runs, by name (none for a control). */
  public abstract Optional<String> variant();

  @Value.Check
  void check() {
    Checks.notBlank(name(), "ExperimentArm.name");
    Checks.present(role(), "ExperimentArm.role");
    if (!(share() > 0 && share() <= 1)) {
      throw new InvalidValueException("ExperimentArm.share", share(), "a share in (0, 1]");
    }
    if (role() == ArmRole.CONTROL && variant().isPresent()) {
      throw new InvalidValueException("ExperimentArm.variant", variant().get(), "no variant for a CONTROL arm");
    }
  }
}
