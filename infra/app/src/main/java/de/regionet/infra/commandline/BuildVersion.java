package de.regionet.infra.commandline;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version {@code --version} shows: the project's version from {@code META-INF/build-info.properties} (written by
 * the build), else the jar manifest's {@code Implementation-Version}.
 */
final class BuildVersion implements IVersionProvider {

    private static final String BUILD_INFO = "/META-INF/build-info.properties";

    @Override
    public String[] getVersion() {
        var build = buildInfo();
        var version = build.getProperty("build.version", BuildVersion.class.getPackage().getImplementationVersion());
        var time = build.getProperty("build.time");
        return new String[]{"regionet " + (version == null ? "(version unknown: no build information)" : version)
                + (time == null ? "" : ", built " + time), "Java " + System.getProperty("java.version")};
    }

    private static Properties buildInfo() {
        var properties = new Properties();
        try (InputStream in = BuildVersion.class.getResourceAsStream(BUILD_INFO)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
