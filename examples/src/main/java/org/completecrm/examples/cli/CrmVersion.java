package org.completecrm.examples.cli;

import picocli.CommandLine.IVersionProvider;

/** The tool's version, read from the jar manifest (or "development" when run from classes). */
final class CrmVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = CrmCli.class.getPackage().getImplementationVersion();
    return new String[] {"crm " + (v == null ? "0.2.0" : v) + " (complete-crm)"};
  }
}
