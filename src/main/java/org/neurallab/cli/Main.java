package org.neurallab.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code neural-lab train|evaluate|predict|bench|self-check ...}. */
@Command(name = "neural-lab", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Train, evaluate and benchmark Neural Lab models from the command line.%n"
                + "Run without arguments to open the app.",
        subcommands = {TrainCommand.class, EvaluateCommand.class, PredictCommand.class, BenchCommand.class,
                SelfCheckCommand.class})
public final class Main implements Runnable {
    /** Goes to the log file only (logback.xml): the terminal gets the one-line message. */
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Main.class);

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /** Runs the command line and returns the exit code (0 on success). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line: bad arguments and failures print one clear line, not a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            LOG.warn("{}: bad arguments: {}", ex.getCommandLine().getCommandSpec().qualifiedName(), ex.getMessage());
            err.println("error: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for the allowed values.");
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof IllegalArgumentException || ex instanceof java.io.IOException) {
                LOG.warn("{} failed: {}", commandLine.getCommandSpec().qualifiedName(), ex.getMessage(), ex);
                err.println("error: " + ex.getMessage());
                return 2;
            }
            LOG.error("{} failed", commandLine.getCommandSpec().qualifiedName(), ex);
            err.println("error: " + ex);
            return 1;
        });
        return cli;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
