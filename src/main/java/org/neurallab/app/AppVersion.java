package org.neurallab.app;

/** The version from the jar manifest (Implementation-Version), or "dev" when run from the class folders. */
public final class AppVersion {
    private AppVersion() {
    }

    public static String current() {
        String version = AppVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "dev" : version;
    }
}
