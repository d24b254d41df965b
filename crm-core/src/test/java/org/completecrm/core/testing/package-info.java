/**
 * Test support that other modules reuse through crm-core's test-jar: QuickTheories generators of
 * valid values ({@link org.completecrm.core.testing.CoreGen}), generators of invalid input
 * ({@link org.completecrm.core.testing.InvalidGen}), a world in which random household operations
 * are run ({@link org.completecrm.core.testing.HouseholdWorld}) and named fixtures
 * ({@link org.completecrm.core.testing.HouseholdFixtures#aCoupleWithOneDependant}).
 */
package org.completecrm.core.testing;
