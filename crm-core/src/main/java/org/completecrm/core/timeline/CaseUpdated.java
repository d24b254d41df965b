package org.completecrm.core.timeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.CaseId;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.TeamId;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/** A service case or complaint opened, or its status changed. */
@Value.Immutable
@JsonSerialize(as = ImmutableCaseUpdated.class)
@JsonDeserialize(as = ImmutableCaseUpdated.class)
public abstract class CaseUpdated implements TimelineEvent {
  CaseUpdated() {}

  /** A builder. */
  public static ImmutableCaseUpdated.Builder builder() {
    return ImmutableCaseUpdated.builder();
  }

  @Override
  public abstract EventId id();

  @Override
  public abstract CustomerId customer();

  @Override
  public abstract Instant at();

  @Override
  public abstract Optional<SourceIdentity> source();

  /** The case. */
  public abstract CaseId caseId();

  /** Complaint or service request. */
  public abstract CaseKind kind();

  /** How serious it is. */
  public abstract Severity severity();

  /** The status from this instant. */
  public abstract CaseStatus status();

  /** The team that owns it. */
  public abstract Optional<TeamId> team();

  /** A short summary (may contain personal data). */
  public abstract Optional<String> summary();

  @Value.Check
  void check() {
    Checks.present(id(), "CaseUpdated.id");
    Checks.present(customer(), "CaseUpdated.customer");
    Checks.instant(at(), "CaseUpdated.at");
    Checks.present(caseId(), "CaseUpdated.caseId");
    Checks.present(kind(), "CaseUpdated.kind");
    Checks.present(severity(), "CaseUpdated.severity");
    Checks.present(status(), "CaseUpdated.status");
  }

  @Override
  public String toString() {
    return "CaseUpdated{" + id() + ", " + customer() + ", " + at() + "}";
  }
}
