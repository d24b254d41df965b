package org.completecrm.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.propensity.AdaptiveModel;
import org.completecrm.core.propensity.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm learn}: an adaptive propensity model and a batch of outcomes give the next model. */
@Command(
    name = "learn",
    mixinStandardHelpOptions = true,
    description = "Learn a batch of outcomes into an adaptive propensity model. Reads the model (JSON) or, "
        + "without --model, starts from the prior over the standard predictors (clv, pAlive, valueTier, "
        + "segment); reads the outcomes (CSV: customer_id,action,channel,response and one column per "
        + "predictor); writes the next version of the model as JSON. The result does not depend on the "
        + "order of the rows.",
    footer = {"", "Example:", "  crm learn --model model.json --outcomes outcomes.csv --out model.json"})
final class LearnCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--model", paramLabel = "FILE", description = "The model to start from (JSON); the prior without it.")
  Path model;

  @Option(names = "--outcomes", required = true, paramLabel = "FILE", description = "The outcomes (CSV).")
  Path outcomes;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the new model here instead of standard output.")
  Path out;

  @Mixin DelimiterOption delimiter;

  @Override
  public Integer call() {
    AdaptiveModel before = model == null ? AdaptiveModel.standardPrior() : DecideCommand.read(model, AdaptiveModel.class);
    List<Outcome> batch = new ArrayList<>();
    OutcomesCsv.forEach(outcomes, delimiter.delimiter, before.predictors(), row -> {
      if (row.outcome() == null) {
        throw new InvalidValueException(outcomes.getFileName() + " row for " + row.action().value() + " column channel",
            "", "the channel the action was presented on (learn needs every row's channel)");
      }
      batch.add(row.outcome());
    });
    AdaptiveModel after = before.learn(batch);
    // Read the model first: with --out equal to --model the file is replaced only after reading.
    SummaryCommand.write(spec, out, CrmJson.writePretty(after) + "\n");
    spec.commandLine().getErr().println(String.format(Locale.ROOT, "crm learn: model %s version %d: %,d outcomes learned, "
        + "%d actions and channels", after.name(), after.version(), batch.size(), after.evidence().size()));
    return 0;
  }
}
