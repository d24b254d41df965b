package org.completecrm.analytics.experiment;

/**
 * The difference one arm makes against another: in response rate, with Newcombe's hybrid score
 * interval, and in value per customer, with Welch's normal interval (95%).
 *
 * @param arm the arm measured
 * @param against the arm it is measured against (the control, or the champion)
 * @param responseRate the difference in response rate
 * @param responseInterval its 95% interval
 * @param valuePerCustomer the difference in value per customer
 * @param valueInterval its 95% interval
 */
public record Uplift(String arm, String against, double responseRate, ConfidenceInterval responseInterval,
    double valuePerCustomer, ConfidenceInterval valueInterval) {}
