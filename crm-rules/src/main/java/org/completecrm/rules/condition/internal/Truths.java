package org.completecrm.rules.condition.internal;

import java.util.List;
import org.completecrm.rules.condition.internal.Conditions.Truth;
import org.completecrm.rules.condition.AllOf;
import org.completecrm.rules.condition.Always;
import org.completecrm.rules.condition.AnyOf;
import org.completecrm.rules.condition.Comparison;
import org.completecrm.rules.condition.Condition;
import org.completecrm.rules.condition.Not;

/**
 * What is statically known about a condition: constants, their negations and combinations, and a
 * part beside its own negation in one {@code all} (never holds) or {@code any} (always holds).
 */
final class Truths implements Condition.Cases<Truth> {
  static final Truths OF = new Truths();

  private Truths() {}

  @Override
  public Truth comparison(Comparison comparison) {
    return Truth.DEPENDS;
  }

  @Override
  public Truth all(AllOf all) {
    boolean allAlways = true;
    for (Condition part : all.conditions()) {
      Truth t = part.accept(this);
      if (t == Truth.NEVER || negatedBeside(part, all.conditions())) {
        return Truth.NEVER;
      }
      allAlways &= t == Truth.ALWAYS;
    }
    return allAlways ? Truth.ALWAYS : Truth.DEPENDS;
  }

  @Override
  public Truth any(AnyOf any) {
    boolean allNever = true;
    for (Condition part : any.conditions()) {
      Truth t = part.accept(this);
      if (t == Truth.ALWAYS || negatedBeside(part, any.conditions())) {
        return Truth.ALWAYS;
      }
      allNever &= t == Truth.NEVER;
    }
    return allNever ? Truth.NEVER : Truth.DEPENDS;
  }

  @Override
  public Truth not(Not not) {
    return switch (not.condition().accept(this)) {
      case ALWAYS -> Truth.NEVER;
      case NEVER -> Truth.ALWAYS;
      case DEPENDS -> Truth.DEPENDS;
    };
  }

  @Override
  public Truth always(Always always) {
    return always.holds() ? Truth.ALWAYS : Truth.NEVER;
  }

  /** Whether {@code part}'s negation is among {@code parts}. */
  private static boolean negatedBeside(Condition part, List<Condition> parts) {
    for (Condition other : parts) {
      if (other instanceof Not && ((Not) other).condition().equals(part)) {
        return true;
      }
    }
    return false;
  }
}
