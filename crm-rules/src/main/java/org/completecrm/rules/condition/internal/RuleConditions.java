package org.completecrm.rules.condition.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.completecrm.rules.condition.AllOf;
import org.completecrm.rules.condition.Always;
import org.completecrm.rules.condition.AnyOf;
import org.completecrm.rules.condition.Comparison;
import org.completecrm.rules.condition.Condition;
import org.completecrm.rules.condition.Not;
import org.completecrm.rules.condition.Operator;
import org.completecrm.rules.condition.ValueType;
import org.jspecify.annotations.Nullable;

/**
 * The conditions of a rule set's rules compiled together for the rules stage: each rule's
 * condition holds exactly when its {@link CompiledCondition} does, and a comparison that several
 * rules make is tested once per decision.
 *
 * <p>Design note: the rules stage tests some two hundred conditions per customer in a campaign run,
 * over fifteen fields or so. As a tree of {@link CompiledCondition} lambdas each test is a call
 * through an interface with many implementations (every comparison and every {@code all}, {@code
 * any} and {@code not} is its own class), which the JIT cannot inline: the calls cost more than the
 * comparisons. Here the conditions are one table: nodes ({@code all}, {@code any}, {@code not}, a
 * constant, a comparison) in arrays walked by one method with a switch, and the distinct
 * comparisons of all the rules (equal {@link Comparison} values are one) numbered once. A number
 * comparison (the most common: {@code clv}, {@code pAlive}, counts, scores) is made here from its
 * field and threshold, as {@link CompiledComparisons} makes it; any other comparison is its
 * compiled form. A decision keeps the outcome of each comparison in a byte per comparison ({@link
 * #newOutcomes}): 0 not yet tested, 1 held, 2 did not. The walk keeps the order and the
 * short-circuits of the tree, and comparisons read the facts only (no effects), so the outcome of
 * every rule is that of its compiled condition. {@code RuleConditionsProperties} checks it.
 */
public final class RuleConditions {
  private static final byte COMPARISON = 0;
  private static final byte ALL = 1;
  private static final byte ANY = 2;
  private static final byte NOT = 3;
  private static final byte TRUE = 4;
  private static final byte FALSE = 5;

  /** Per node: its kind, and {@code first}/{@code count}: the comparison (COMPARISON), the child (NOT) or the children's place in {@link #children} (ALL, ANY). */
  private final byte[] kind;
  private final int[] first;
  private final int[] count;
  private final int[] children;
  /** The root node of each condition, in the order given. */
  private final int[] roots;
  /** Per distinct comparison: its compiled form, and for a number comparison its field, window, operator and threshold. */
  private final CompiledCondition[] compiled;
  private final @Nullable Field[] numberField;
  private final @Nullable Duration[] within;
  private final Operator[] op;
  private final double[] threshold;

  private RuleConditions(Builder b) {
    kind = new byte[b.kind.size()];
    first = new int[kind.length];
    count = new int[kind.length];
    for (int i = 0; i < kind.length; i++) {
      kind[i] = b.kind.get(i);
      first[i] = b.first.get(i);
      count[i] = b.count.get(i);
    }
    children = b.children.stream().mapToInt(Integer::intValue).toArray();
    roots = b.roots.stream().mapToInt(Integer::intValue).toArray();
    int n = b.comparisons.size();
    compiled = new CompiledCondition[n];
    numberField = new Field[n];
    within = new Duration[n];
    op = new Operator[n];
    threshold = new double[n];
    for (int i = 0; i < n; i++) {
      Comparison c = b.comparisons.get(i);
      compiled[i] = CompiledComparisons.compile(c, "$");
      op[i] = c.op();
      Field field = CompiledComparisons.field(c.field(), "$");
      if (field.type == ValueType.NUMBER && numberOperator(c.op()) && c.value().isPresent()) {
        numberField[i] = field;
        within[i] = c.within().orElse(null);
        threshold[i] = ConditionValues.numberValue(c.value().get(), field, c.op(), "$.value");
      }
    }
  }

  /**
   * The conditions {@code conditions}, valid (each compiles: a rule set's rules are checked before
   * they are compiled together), in order: {@link #holds}{@code (i, ...)} tests the {@code i}-th.
   */
  public static RuleConditions of(List<Condition> conditions) {
    Builder b = new Builder();
    for (Condition c : conditions) {
      b.roots.add(c.accept(b));
    }
    return new RuleConditions(b);
  }

  /** The number of conditions. */
  public int size() {
    return roots.length;
  }

  /** A decision's outcomes of the distinct comparisons, none tested yet, for {@link #holds}. */
  public byte[] newOutcomes() {
    return new byte[compiled.length];
  }

  /**
   * Whether the {@code i}-th condition holds for {@code facts}, with the outcomes of the
   * comparisons tested so far in this decision in {@code outcomes} (from {@link #newOutcomes}, for
   * these facts only).
   */
  public boolean holds(int i, Facts facts, byte[] outcomes) {
    return node(roots[i], facts, outcomes);
  }

  private boolean node(int n, Facts facts, byte[] outcomes) {
    switch (kind[n]) {
      case COMPARISON:
        return comparison(first[n], facts, outcomes);
      case ALL:
        for (int i = first[n], end = first[n] + count[n]; i < end; i++) {
          if (!node(children[i], facts, outcomes)) {
            return false;
          }
        }
        return true;
      case ANY:
        for (int i = first[n], end = first[n] + count[n]; i < end; i++) {
          if (node(children[i], facts, outcomes)) {
            return true;
          }
        }
        return false;
      case NOT:
        return !node(first[n], facts, outcomes);
      default:
        return kind[n] == TRUE;
    }
  }

  private boolean comparison(int c, Facts facts, byte[] outcomes) {
    byte known = outcomes[c];
    if (known != 0) {
      return known == 1;
    }
    Field field = numberField[c];
    boolean holds = field != null ? number(facts.number(field, within[c]), op[c], threshold[c]) : compiled[c].test(facts);
    outcomes[c] = holds ? (byte) 1 : (byte) 2;
    return holds;
  }

  /** A number comparison as {@link CompiledComparisons} makes it: an absent number (NaN) compares false. */
  private static boolean number(double v, Operator op, double n) {
    return switch (op) {
      case EQ -> v == n;
      case NE -> !Double.isNaN(v) && v != n;
      case LT -> v < n;
      case LTE -> v <= n;
      case GT -> v > n;
      case GTE -> v >= n;
      default -> throw new IllegalStateException("not a number operator: " + op);
    };
  }

  private static boolean numberOperator(Operator op) {
    return switch (op) {
      case EQ, NE, LT, LTE, GT, GTE -> true;
      default -> false;
    };
  }

  /** Lays out the nodes of the conditions and numbers their distinct comparisons. */
  private static final class Builder implements Condition.Cases<Integer> {
    final List<Byte> kind = new ArrayList<>();
    final List<Integer> first = new ArrayList<>();
    final List<Integer> count = new ArrayList<>();
    final List<Integer> children = new ArrayList<>();
    final List<Integer> roots = new ArrayList<>();
    final List<Comparison> comparisons = new ArrayList<>();
    final Map<Comparison, Integer> numbered = new HashMap<>();

    private int node(byte k, int f, int c) {
      kind.add(k);
      first.add(f);
      count.add(c);
      return kind.size() - 1;
    }

    @Override
    public Integer comparison(Comparison comparison) {
      Integer known = numbered.get(comparison);
      if (known == null) {
        known = comparisons.size();
        comparisons.add(comparison);
        numbered.put(comparison, known);
      }
      return node(COMPARISON, known, 1);
    }

    @Override
    public Integer all(AllOf all) {
      return parts(ALL, all.conditions());
    }

    @Override
    public Integer any(AnyOf any) {
      return parts(ANY, any.conditions());
    }

    private int parts(byte k, List<Condition> parts) {
      int[] nodes = new int[parts.size()];
      for (int i = 0; i < nodes.length; i++) {
        nodes[i] = parts.get(i).accept(this);
      }
      int at = children.size();
      for (int p : nodes) {
        children.add(p);
      }
      return node(k, at, nodes.length);
    }

    @Override
    public Integer not(Not not) {
      return node(NOT, not.condition().accept(this), 1);
    }

    @Override
    public Integer always(Always always) {
      return node(always.holds() ? TRUE : FALSE, 0, 0);
    }
  }
}
