/**
 * Customer-value models fitted by maximum likelihood on customer summaries: BG/NBD, MBG/NBD and
 * Pareto/NBD for repeat purchasing in continuous time, BG/BB for discrete opportunities and
 * Gamma-Gamma for spend per purchase; per-customer predictions; a seeded simulator of each
 * model's generative process; and the log-space Gauss hypergeometric function they need.
 *
 * <p>Numerics: optimisation with Hipparchus' BOBYQA, log-gamma and log-beta from Hipparchus;
 * the Gauss 2F1 (absent from Hipparchus) is written here in log space. Models are records that
 * validate their parameters; every public function returns finite values on valid input.
 */
package org.completecrm.analytics.value;
