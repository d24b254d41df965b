/** The end-to-end tour run by the README's first command ({@code crm tour}), and its generated demo data. */
package org.completecrm.examples.tour;
