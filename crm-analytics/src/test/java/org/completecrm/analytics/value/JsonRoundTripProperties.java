package org.completecrm.analytics.value;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.summary.DiscreteSummary;
import org.completecrm.core.CustomerId;
import org.completecrm.core.json.CrmJson;
import org.junit.jupiter.api.Test;

/** Summaries and fitted models survive a JSON round trip through the project's mapper exactly. */
class JsonRoundTripProperties {
  @Test
  void customerSummariesRoundTrip() {
    qt().withExamples(200).forAll(integers().between(0, 500), doubles().between(0, 1000),
        doubles().between(0, 1), doubles().between(0, 1e6)).check((x, t, u, m) -> {
          CustomerSummary s = new CustomerSummary(CustomerId.of("c-" + x), x, x == 0 ? 0 : u * t,
              t, m, 1 + x);
          return s.equals(CrmJson.read(CrmJson.write(s), CustomerSummary.class));
        });
  }

  @Test
  void discreteSummariesAndModelsRoundTrip() {
    qt().withExamples(200).forAll(ValueModelProperties.parameter(), ValueModelProperties.parameter(),
        ValueModelProperties.parameter(), ValueModelProperties.parameter()).check((a, b, c, d) -> {
          BgNbdModel bg = new BgNbdModel(a, b, c, d);
          ParetoNbdModel p = new ParetoNbdModel(a, b, c, d);
          BgBbModel bb = new BgBbModel(a, b, c, d);
          GammaGammaModel gg = new GammaGammaModel(a, b, c);
          DiscreteSummary ds = new DiscreteSummary(CustomerId.of("d"), 2, 3, 6, 4);
          return bg.equals(CrmJson.read(CrmJson.write(bg), BgNbdModel.class))
              && p.equals(CrmJson.read(CrmJson.write(p), ParetoNbdModel.class))
              && bb.equals(CrmJson.read(CrmJson.write(bb), BgBbModel.class))
              && gg.equals(CrmJson.read(CrmJson.write(gg), GammaGammaModel.class))
              && ds.equals(CrmJson.read(CrmJson.write(ds), DiscreteSummary.class));
        });
  }
}
