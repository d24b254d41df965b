/**
 * A 12-week programme of learning decisions on a simulated base: the adaptive model learns from
 * each week's outcomes, a challenger rule set runs against the champion with a control group,
 * and the result is reported with its interval and the learning curve.
 */
package org.completecrm.examples.learning;
