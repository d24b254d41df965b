package org.completecrm.core.loyalty;

import java.util.function.IntToDoubleFunction;

/**
 * A member's figure for each qualification measure in each qualification period (0 is the period
 * starting at the programme's start; the period of the instant asked about holds the figures so
 * far). Spend comes from the ledger; profit, CLV and household value from the host's analytics.
 */
@FunctionalInterface
public interface PeriodFigures {
  /** The member's figure of {@code measure} in period {@code period}; finite. */
  double figure(QualificationMeasure measure, int period);

  /** Spend per period from a member's statement, 0 for every other measure. */
  static PeriodFigures spendOf(PointsStatement statement) {
    return (m, k) -> m == QualificationMeasure.SPEND ? statement.spendInPeriod(k) : 0;
  }

  /** Spend per period of member {@code i} of a programme's statements, 0 for every other measure. */
  static PeriodFigures spendOf(ProgrammeStatements statements, int i) {
    return (m, k) -> m == QualificationMeasure.SPEND ? statements.spendInPeriod(i, k) : 0;
  }

  /** These figures with {@code measure} taken from {@code byPeriod} instead. */
  default PeriodFigures with(QualificationMeasure measure, IntToDoubleFunction byPeriod) {
    PeriodFigures self = this;
    return (m, k) -> m == measure ? byPeriod.applyAsDouble(k) : self.figure(m, k);
  }
}
