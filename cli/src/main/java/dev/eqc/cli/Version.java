package dev.eqc.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code eqc --version}. */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"eqc " + (v == null ? "0.1.0-SNAPSHOT" : v)};
    }
}
