package io.github.cognitoevents.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code cognito-events} command-line tool ({@code java -jar cognito-events-cli-all.jar}).
 *
 * <p>Exit codes, the same for every command: {@value #OK} yes (valid, matched, passed, recognised),
 * {@value #NEGATIVE} a negative answer (invalid pattern, an event that does not match, a failed
 * case), {@value #ERROR} bad usage or bad input (a missing or unreadable file, input over 64 MiB,
 * an event or pattern the command cannot use), with one line on standard error and no stack trace.
 * {@code --help} and {@code --version} print to standard output and exit {@value #OK}.
 */
@Command(
    name = "cognito-events",
    mixinStandardHelpOptions = true,
    versionProvider = CognitoEventsCli.Version.class,
    description = "Typed Cognito events and EventBridge patterns, tested offline.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      ValidateCommand.class,
      TestCommand.class,
      RulesCommand.class,
      BacktestCommand.class,
      ConformanceCommand.class,
      InspectCommand.class,
      LiveVerifyCommand.class,
      AutoComplete.GenerateCompletion.class,
    },
    exitCodeOnInvalidInput = CognitoEventsCli.ERROR,
    exitCodeOnExecutionException = CognitoEventsCli.ERROR,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:yes: valid, matched, passed, recognised",
      "1:a negative answer: invalid pattern, no match, a failed case",
      "2:bad usage or bad input, or AWS out of reach of a live command (one line on standard",
      "  error)"
    },
    footer = {"", "A file name of - reads standard input. Inputs over 64 MiB are refused."})
public final class CognitoEventsCli implements Callable<Integer> {

  /** Exit code: success (valid, all matched, all passed, all recognised). */
  public static final int OK = 0;

  /** Exit code: a negative answer (invalid pattern, an event that did not match, a failed case). */
  public static final int NEGATIVE = 1;

  /** Exit code: bad usage or bad input (unreadable file, invalid event or pattern in test). */
  public static final int ERROR = 2;

  @Spec CommandSpec spec;

  private final Inputs inputs;
  private final Ansi ansi;
  private final LiveRuntime liveRuntime;

  private CognitoEventsCli(InputStream in, Ansi ansi, LiveRuntime liveRuntime) {
    this.inputs = new Inputs(in);
    this.ansi = ansi;
    this.liveRuntime = liveRuntime;
  }

  /**
   * Runs the tool and exits the JVM with its exit code. Colour is used only when standard output is
   * a terminal.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, System.in, out, err, Ansi.AUTO, LiveRuntime.system()));
  }

  /**
   * Runs the tool in-process, without colour.
   *
   * @param args the command line
   * @param in standard input, read for a file named {@code -}
   * @param out standard output
   * @param err standard error
   * @return the exit code: {@link #OK}, {@link #NEGATIVE} or {@link #ERROR}
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, Ansi.OFF, LiveRuntime.system());
  }

  /** Runs the tool in-process with another clock, sleep and jitter for the live commands. */
  static int run(
      String[] args, InputStream in, PrintStream out, PrintStream err, LiveRuntime liveRuntime) {
    return run(args, in, out, err, Ansi.OFF, liveRuntime);
  }

  private static int run(
      String[] args,
      InputStream in,
      PrintStream out,
      PrintStream err,
      Ansi ansi,
      LiveRuntime liveRuntime) {
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8));
    try {
      CommandLine cli = commandLine(in, ansi, liveRuntime);
      cli.setOut(outWriter);
      cli.setErr(errWriter);
      return cli.execute(args == null ? new String[0] : args);
    } catch (OutOfMemoryError e) {
      errWriter.println("error: out of memory; give the JVM more heap (-Xmx) or smaller inputs");
      return ERROR;
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /**
   * The picocli command line of the tool, for shell completion scripts and documentation.
   *
   * @return a new command line reading standard input from {@code System.in}, without colour
   */
  public static CommandLine commandLine() {
    return commandLine(System.in, Ansi.OFF, LiveRuntime.system());
  }

  private static CommandLine commandLine(InputStream in, Ansi ansi, LiveRuntime liveRuntime) {
    CommandLine cli = new CommandLine(new CognitoEventsCli(in, ansi, liveRuntime));
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(ansi));
    cli.setParameterExceptionHandler(CognitoEventsCli::badUsage);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          // A bug, not bad input: one clear line and exit 2, never a stack trace.
          commandLine
              .getErr()
              .println("error: unexpected " + e.getClass().getName() + ": " + e.getMessage());
          return ERROR;
        });
    // The completion script generator is a tool for the user's shell set-up, not a command to list.
    cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(true);
    return cli;
  }

  private static int badUsage(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    String message = e.getMessage();
    if (e instanceof UnmatchedArgumentException unmatched
        && commandLine.getCommandSpec().parent() == null
        && !unmatched.getUnmatched().isEmpty()
        && !unmatched.getUnmatched().get(0).startsWith("-")) {
      message = "unknown command: " + unmatched.getUnmatched().get(0);
    }
    err.println("error: " + message);
    err.println(
        "Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ERROR;
  }

  /** Without a command: the usage, on standard error, as a usage error. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("error: a command is required");
    spec.commandLine().usage(err, ansi);
    return ERROR;
  }

  Inputs inputs() {
    return inputs;
  }

  Ansi ansi() {
    return ansi;
  }

  LiveRuntime liveRuntime() {
    return liveRuntime;
  }

  /** The tool and its version, e.g. {@code cognito-events-cli 0.1.0}, for provenance. */
  static String toolVersion() {
    Properties properties = new Properties();
    try (InputStream in = CognitoEventsCli.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // the version is informative only
    }
    return "cognito-events-cli " + properties.getProperty("version", "(unknown version)");
  }

  /** The version of the tool, from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = CognitoEventsCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {
        "cognito-events " + properties.getProperty("version", "(unknown version)"),
        "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
      };
    }
  }
}
