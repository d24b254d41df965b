/**
 * The analysis of an experiment: per arm, the response rate and value per customer, and the uplift
 * of each arm against the control group and of each challenger against the champion, with 95%
 * confidence intervals; the sample size an effect needs.
 */
package org.completecrm.analytics.experiment;
