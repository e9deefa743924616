package org.neurallab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code neural-lab train|evaluate|predict|bench ...}. */
@Command(name = "neural-lab", mixinStandardHelpOptions = true, version = "Neural Lab 0.1.0",
        description = "Train, evaluate and benchmark Neural Lab models from the command line.")
public final class Main implements Runnable {

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /** Runs the command line and returns the exit code (0 on success). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
