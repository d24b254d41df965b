/**
 * Validation of value models: calibration-period fits compared with what customers did in the
 * holdout period, as plain data a host can plot or print.
 */
@NullMarked
package org.completecrm.analytics.validation;

import org.jspecify.annotations.NullMarked;
