package org.completecrm.analytics.experiment;

import org.completecrm.core.experiment.ArmRole;

/**
 * One arm's results: customers, responders, the response rate with its Wilson interval and the
 * value per customer with its normal interval (95%).
 *
 * @param arm the arm
 * @param role its role
 * @param customers customers in it
 * @param responders customers who responded
 * @param responseRate responders per customer
 * @param responseInterval the 95% Wilson score interval of the rate
 * @param valuePerCustomer the mean value
 * @param valueInterval the 95% interval of the mean value
 */
public record ArmSummary(String arm, ArmRole role, long customers, long responders, double responseRate,
    ConfidenceInterval responseInterval, double valuePerCustomer, ConfidenceInterval valueInterval) {}
