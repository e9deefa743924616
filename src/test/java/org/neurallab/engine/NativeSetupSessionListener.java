package org.neurallab.engine;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Configures the native back end before any test class loads ND4J, as {@code Launcher.main} does for
 * users, so tests run with the settings users get and no environment variable in the build.
 */
public final class NativeSetupSessionListener implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        NativeSetup.configure();
    }
}
