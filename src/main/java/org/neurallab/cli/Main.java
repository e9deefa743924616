package org.neurallab.cli;

import java.io.PrintWriter;
import org.slf4j.LoggerFactory;
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
        CommandLine cli = commandLine();
        try {
            return cli.execute(args);
        } catch (Throwable t) { // an Error that escaped picocli: still one line, never a trace
            return report(cli.getErr(), t);
        }
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
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> report(commandLine.getErr(), ex, commandLine.getCommandSpec().qualifiedName()));
        return cli;
    }

    /**
     * One line for the user and a non-zero exit code: 2 for bad input (arguments, files), 1 for
     * anything else. The stack trace goes to the log only (the console log pattern leaves traces out).
     */
    static int report(PrintWriter err, Throwable thrown) {
        return report(err, thrown, "command");
    }

    /** As {@link #report(PrintWriter, Throwable)}, naming the command in the log file. */
    static int report(PrintWriter err, Throwable thrown, String command) {
        Throwable t = thrown instanceof CommandLine.ExecutionException && thrown.getCause() != null
                ? thrown.getCause() : thrown;
        if (t instanceof IllegalArgumentException || t instanceof java.io.IOException) {
            LoggerFactory.getLogger(Main.class).warn("{} failed: {}", command, t.getMessage(), t);
            err.println("error: " + oneLine(t.getMessage(), t));
            err.flush();
            return 2;
        }
        LoggerFactory.getLogger(Main.class).error("{} failed", command, t);
        String text;
        if (t instanceof OutOfMemoryError) {
            text = "out of memory (" + oneLine(t.getMessage(), t) + "); the input is too large for this computer,"
                    + " or give Java more memory with -Xmx";
        } else if (t instanceof StackOverflowError) {
            text = "the input is nested too deeply to process (stack overflow)";
        } else if (t instanceof IllegalStateException && t.getMessage() != null) {
            text = oneLine(t.getMessage(), t);
        } else {
            text = "internal error: " + oneLine(t.getMessage(), t) + " (the details are in the log)";
        }
        err.println("error: " + text);
        err.flush();
        return 1;
    }

    /** The first line of a message, at most 300 characters; the kind of problem if there is no message. */
    private static String oneLine(String message, Throwable t) {
        if (message == null || message.isBlank()) {
            String name = t.getClass().getSimpleName();
            return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }

    public static void main(String[] args) {
        org.neurallab.engine.NativeSetup.configure();
        System.exit(run(args));
    }
}
