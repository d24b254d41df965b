package org.completecrm.core.view;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.CaseId;
import org.completecrm.core.TeamId;
import org.completecrm.core.Checks;
import org.completecrm.core.timeline.CaseKind;
import org.completecrm.core.timeline.CaseStatus;
import org.completecrm.core.timeline.CaseUpdated;
import org.completecrm.core.timeline.Severity;
import org.immutables.value.Value;

/** A service case or complaint as it stands in a view, with its full status history. */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceCase.class)
@JsonDeserialize(as = ImmutableServiceCase.class)
public abstract class ServiceCase {
  ServiceCase() {}

  /** The case. */
  public abstract CaseId id();

  /** Complaint or service request. */
  public abstract CaseKind kind();

  /** The latest severity. */
  public abstract Severity severity();

  /** The latest status. */
  public abstract CaseStatus status();

  /** The team that owns it now, if known. */
  public abstract Optional<TeamId> team();

  /** When it was opened (its first update). */
  public abstract Instant openedAt();

  /** Every update, in timeline order. */
  public abstract List<CaseUpdated> history();

  /** Whether it still needs work. */
  @JsonIgnore
  public boolean isOpen() {
    return status().isOpen();
  }

  /** Whether it is an open complaint. */
  @JsonIgnore
  public boolean isOpenComplaint() {
    return isOpen() && kind() == CaseKind.COMPLAINT;
  }

  static ServiceCase of(List<CaseUpdated> history) {
    CaseUpdated first = history.get(0);
    CaseUpdated last = history.get(history.size() - 1);
    Optional<TeamId> team = Optional.empty();
    for (CaseUpdated u : history) {
      if (u.team().isPresent()) {
        team = u.team();
      }
    }
    return ImmutableServiceCase.builder()
        .id(first.caseId()).kind(last.kind()).severity(last.severity()).status(last.status())
        .team(team).openedAt(first.at()).history(history).build();
  }

  @Value.Check
  void check() {
    Checks.present(id(), "ServiceCase.id");
    Checks.present(kind(), "ServiceCase.kind");
    Checks.present(severity(), "ServiceCase.severity");
    Checks.present(status(), "ServiceCase.status");
    Checks.present(openedAt(), "ServiceCase.openedAt");
    Checks.noNulls(history(), "ServiceCase.history");
  }
}
