/**
 * Campaign demos: a seeded base of realistic decision contexts ({@link
 * org.completecrm.examples.campaign.SampleBase}) for {@code crm generate-contexts}, {@code crm
 * campaign} and the campaign benchmark.
 */
package org.completecrm.examples.campaign;
