package dev.krakenmock.server.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, so that it is never written twice. */
final class ManifestVersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"kraken-mock " + (version == null ? "(development build)" : version)};
  }
}
