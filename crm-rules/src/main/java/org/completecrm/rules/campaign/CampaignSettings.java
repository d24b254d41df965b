package org.completecrm.rules.campaign;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.completecrm.core.CampaignId;
import org.completecrm.core.CrmException;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.OfferId;
import org.completecrm.core.TeamId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.Checks;
import org.completecrm.core.json.CrmJson;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.RuleSet;
import org.immutables.value.Value;

/**
 * The settings of one campaign run: its id, budgets, channel costs, the service teams' capacity,
 * whether a household gets at most one outbound contact, the send window, and how close to the
 * bound the plan must be. Read strictly
 * from JSON ({@link #fromJson(String)}, unknown properties refused, every error with its JSON
 * path) and checked against the rule set when a plan is made ({@link #checkAgainst(RuleSet)}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCampaignSettings.class)
@JsonDeserialize(as = ImmutableCampaignSettings.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class CampaignSettings {
  CampaignSettings() {}

  /** A builder. */
  public static ImmutableCampaignSettings.Builder builder() {
    return ImmutableCampaignSettings.builder();
  }

  /** The campaign; each customer is decided for as a campaign run of it. */
  public abstract CampaignId campaign();

  /** The budgets. */
  @Value.Default
  public Budgets budgets() {
    return Budgets.none();
  }

  /**
   * The cost of one send per channel, in the currency of the total-cost budget; a channel not
   * listed costs what the rule set's {@code channelCosts} say, or nothing.
   */
  public abstract Map<Channel, Double> channelCosts();

  /** The service teams whose capacity bounds the expected inbound responses. */
  public abstract List<TeamCapacity> teams();

  /** Whether a household gets at most one outbound contact in the run. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public boolean oneOutboundPerHousehold() {
    return false;
  }

  /** The default of {@link #targetRelativeGap()}: 0.05%. */
  public static final double DEFAULT_TARGET_RELATIVE_GAP = 5e-4;

  /**
   * How close to optimal the plan must be for the allocation's search to stop: once the best
   * allocation's expected value is within this share of the upper bound (default {@value
   * #DEFAULT_TARGET_RELATIVE_GAP}, 0.05%); 0 searches until the iteration limit. The summary
   * reports the gap of the plan as scheduled ({@code relativeGap}; a send left without a slot in
   * the send window can put it a little above the target), always against a true bound.
   */
  @Value.Default
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public double targetRelativeGap() {
    return DEFAULT_TARGET_RELATIVE_GAP;
  }

  /** When the sends go out. */
  @Value.Default
  public SendWindow sendWindow() {
    return SendWindow.oneDay();
  }

  /** The cost of one send on {@code channel} under {@code ruleSet}: these settings', else the rule set's, else 0. */
  public double costOf(Channel channel, RuleSet ruleSet) {
    Double c = channelCosts().get(channel);
    if (c == null) {
      c = ruleSet.channelCosts().get(channel);
    }
    return c == null ? 0.0 : c;
  }

  /**
   * Checks that the budgets name offers of {@code ruleSet}.
   *
   * @throws InvalidValueException naming the settings' field and the rule set's action ids
   */
  public void checkAgainst(RuleSet ruleSet) {
    Checks.present(ruleSet, "CampaignSettings.checkAgainst.ruleSet");
    Set<OfferId> known = ruleSet.actions().stream().map(ActionDefinition::id).collect(Collectors.toSet());
    for (OfferId offer : budgets().offers().keySet()) {
      if (!known.contains(offer)) {
        throw new InvalidValueException("CampaignSettings.budgets.offers." + offer, offer,
            "an action of rule set " + ruleSet.id() + ": one of " + known.stream().map(OfferId::value).sorted().toList());
      }
    }
  }

  @Value.Check
  void check() {
    Checks.present(campaign(), "CampaignSettings.campaign");
    Checks.noNulls(channelCosts(), "CampaignSettings.channelCosts");
    Checks.noNulls(teams(), "CampaignSettings.teams");
    channelCosts().forEach((c, v) -> Checks.finiteNonNegative(v, "CampaignSettings.channelCosts." + c));
    if (!(targetRelativeGap() >= 0 && targetRelativeGap() < 1)) {
      throw new InvalidValueException("CampaignSettings.targetRelativeGap", targetRelativeGap(),
          "a share of the bound in [0, 1), e.g. 0.0005 for 0.05%");
    }
    Set<TeamId> seen = new java.util.HashSet<>();
    for (int i = 0; i < teams().size(); i++) {
      if (!seen.add(teams().get(i).team())) {
        throw new InvalidValueException("CampaignSettings.teams[" + i + "].team", teams().get(i).team(),
            "each team at most once");
      }
    }
  }

  /**
   * Reads and validates settings from JSON text.
   *
   * @throws InvalidValueException naming the JSON path, the bad value and what was expected
   */
  public static CampaignSettings fromJson(String json) {
    return CrmJson.read(json, CampaignSettings.class);
  }

  /** Reads and validates settings from a JSON file. */
  public static CampaignSettings fromFile(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return CrmJson.read(in, CampaignSettings.class);
    } catch (NoSuchFileException e) {
      throw new InvalidValueException("settings", file, "an existing campaign settings file");
    } catch (IOException e) {
      throw new CrmException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
