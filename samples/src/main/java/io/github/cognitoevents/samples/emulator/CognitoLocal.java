package io.github.cognitoevents.samples.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Cognito API emulator <a href="https://github.com/jagregory/cognito-local">cognito-local</a>
 * (the npm package, version pinned by {@code samples/emulator/package-lock.json}) as a process of
 * this JVM: {@link #install(Path, Path) installed} with {@code npm ci} from the project's own lock
 * file, {@link #start(Path, Path, URI, Map) started} on a free loopback port with its data under
 * the given directory (in the build, {@code samples/target/cognito-local/run-<port>}), and stopped
 * by {@link #close()}.
 *
 * <p>Three things make sure the emulator never outlives the JVM that started it: {@link #close()}
 * (called by the tests' extension and the sample mains), a shutdown hook (Ctrl-C, {@code
 * System.exit}), and {@code samples/emulator/launch.js}, which ends the emulator when its standard
 * input closes, which the operating system does when this JVM dies, even by {@code kill -9}.
 *
 * <p>The emulator reads its configuration from {@code .cognito/config.json} in its working
 * directory; {@link #start(Path, Path, URI, Map) start} writes one that sends the Lambda {@code
 * Invoke} calls of the configured triggers to {@code lambdaEndpoint} (see {@link
 * LambdaInvokeEndpoint}) and makes pools created without {@code UsernameAttributes} take free-form
 * user names, as AWS does (cognito-local's own default is e-mail user names).
 *
 * <pre>{@code
 * CognitoLocal.install(Path.of("samples"), Path.of("samples/target/cognito-local"));
 * try (CognitoLocal emulator = CognitoLocal.start(Path.of("samples/target/cognito-local"),
 *     Path.of("samples/target/cognito-local"), lambda.uri(), Map.of("PreSignUp", "pre-sign-up"))) {
 *   URI cognito = emulator.endpoint();
 * }
 * }</pre>
 */
public final class CognitoLocal implements AutoCloseable {

  /** The npm package this class runs. */
  public static final String PACKAGE = "cognito-local";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final URI endpoint;
  private final Path runDirectory;
  private final Thread shutdownHook;

  private CognitoLocal(Process process, URI endpoint, Path runDirectory) {
    this.process = process;
    this.endpoint = endpoint;
    this.runDirectory = runDirectory;
    this.shutdownHook = new Thread(this::stopProcess, "cognito-local-stop");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * Why the emulator cannot run on this machine: {@code node} or {@code npm} is not on the {@code
   * PATH} (cognito-local is a Node.js program).
   *
   * @return the reason, or empty when both answer {@code --version}
   */
  public static Optional<String> unavailableReason() {
    return unavailableReason("node", "npm");
  }

  static Optional<String> unavailableReason(String... tools) {
    for (String tool : tools) {
      Optional<String> version = version(tool);
      if (version.isEmpty()) {
        return Optional.of(
            "the Cognito emulator "
                + PACKAGE
                + " is a Node.js program, and '"
                + tool
                + " --version' did not run: install Node.js 18 or newer (with npm) and put it on"
                + " the PATH");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> version(String tool) {
    try {
      Process p =
          new ProcessBuilder(command(tool, "--version"))
              .redirectErrorStream(true)
              .redirectInput(ProcessBuilder.Redirect.PIPE)
              .start();
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        return Optional.empty();
      }
      return Optional.of(new String(out, StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /**
   * Installs the emulator from the npm registry into {@code installDirectory} with {@code npm ci},
   * from {@code emulator/package.json} and {@code emulator/package-lock.json} of the samples module
   * (exact versions and integrity hashes), unless the same lock file is installed there already.
   * Safe to call from several JVMs at once (a file lock serialises them).
   *
   * @param moduleDirectory the samples module (holding {@code emulator/})
   * @param installDirectory where {@code node_modules} goes, e.g. {@code target/cognito-local}
   * @throws EmulatorException if {@code npm ci} fails (the message quotes the end of its log)
   */
  public static void install(Path moduleDirectory, Path installDirectory) {
    Path source = moduleDirectory.resolve("emulator");
    try {
      Files.createDirectories(installDirectory);
      try (FileChannel channel =
              FileChannel.open(
                  installDirectory.resolve(".install.lock"),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        if (!lock.isValid()) {
          throw new EmulatorException("lost the install lock of " + installDirectory);
        }
        Files.copy(
            source.resolve("launch.js"),
            installDirectory.resolve("launch.js"),
            StandardCopyOption.REPLACE_EXISTING);
        Path lockFile = installDirectory.resolve("package-lock.json");
        byte[] wanted = Files.readAllBytes(source.resolve("package-lock.json"));
        boolean installed =
            Files.isRegularFile(
                    installDirectory.resolve("node_modules/" + PACKAGE + "/lib/bin/start.js"))
                && Files.isRegularFile(lockFile)
                && Arrays.equals(wanted, Files.readAllBytes(lockFile));
        if (installed) {
          return;
        }
        Files.copy(
            source.resolve("package.json"),
            installDirectory.resolve("package.json"),
            StandardCopyOption.REPLACE_EXISTING);
        Files.write(lockFile, wanted);
        Path log = installDirectory.resolve("npm-ci.log");
        // --ignore-scripts: the only install script in the tree (aws-sdk's) prints a notice.
        Process npm =
            new ProcessBuilder(command("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"))
                .directory(installDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        npm.getOutputStream().close();
        if (!npm.waitFor(INSTALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
          npm.destroyForcibly();
          throw new EmulatorException(
              "npm ci of " + PACKAGE + " took longer than " + INSTALL_TIMEOUT + "; " + tail(log));
        }
        if (npm.exitValue() != 0) {
          Files.deleteIfExists(lockFile);
          throw new EmulatorException(
              "npm ci of " + PACKAGE + " failed (exit " + npm.exitValue() + "); " + tail(log));
        }
      }
    } catch (IOException e) {
      throw new EmulatorException("cannot install " + PACKAGE + " in " + installDirectory, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EmulatorException("interrupted while installing " + PACKAGE, e);
    }
  }

  /**
   * Starts the emulator on a free loopback port and waits until it answers.
   *
   * @param installDirectory where {@link #install(Path, Path)} put it
   * @param dataParent the directory under which the run's data directory {@code run-<port>} is made
   * @param lambdaEndpoint the Lambda API endpoint the emulator invokes triggers through
   * @param triggerFunctions trigger name (cognito-local's: {@code PreSignUp}, {@code
   *     CustomMessage}, {@code PostAuthentication}, {@code PostConfirmation}, {@code
   *     PreTokenGeneration}, {@code UserMigration}, {@code CustomEmailSender}) to function name
   * @return the running emulator
   * @throws EmulatorException if it does not start (the message quotes the end of its log)
   */
  public static CognitoLocal start(
      Path installDirectory,
      Path dataParent,
      URI lambdaEndpoint,
      Map<String, String> triggerFunctions) {
    EmulatorException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      int port = freePort();
      try {
        return startOn(installDirectory, dataParent, port, lambdaEndpoint, triggerFunctions);
      } catch (EmulatorException e) {
        // Another process may have taken the port between freePort() and the emulator's bind.
        last = e;
      }
    }
    throw last;
  }

  private static CognitoLocal startOn(
      Path installDirectory,
      Path dataParent,
      int port,
      URI lambdaEndpoint,
      Map<String, String> triggerFunctions) {
    Path runDirectory = dataParent.resolve("run-" + port).toAbsolutePath();
    Path log = runDirectory.resolve("cognito-local.log");
    Process process = null;
    try {
      deleteTree(runDirectory);
      Files.createDirectories(runDirectory.resolve(".cognito/db"));
      Files.writeString(
          runDirectory.resolve(".cognito/config.json"),
          config(lambdaEndpoint, triggerFunctions),
          StandardCharsets.UTF_8);
      ProcessBuilder builder =
          new ProcessBuilder(
                  command(
                      "node", installDirectory.resolve("launch.js").toAbsolutePath().toString()))
              .directory(runDirectory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().put("PORT", Integer.toString(port));
      builder.environment().put("HOST", "127.0.0.1");
      builder.environment().remove("COGNITO_LOCAL_DEVMODE");
      process = builder.start();
      URI endpoint = URI.create("http://127.0.0.1:" + port);
      awaitHealthy(process, endpoint, log);
      return new CognitoLocal(process, endpoint, runDirectory);
    } catch (IOException e) {
      stop(process);
      throw new EmulatorException("cannot start " + PACKAGE + " in " + runDirectory, e);
    } catch (RuntimeException e) {
      stop(process);
      throw e;
    }
  }

  private static String config(URI lambdaEndpoint, Map<String, String> triggerFunctions)
      throws IOException {
    ObjectNode config = JSON.createObjectNode();
    ObjectNode lambda = config.putObject("LambdaClient");
    lambda.put("endpoint", lambdaEndpoint.toString());
    lambda.put("region", "local");
    lambda.putObject("credentials").put("accessKeyId", "local").put("secretAccessKey", "local");
    // The JS SDK retries 5xx answers; a trigger answers once.
    lambda.put("maxRetries", 0);
    ObjectNode functions = config.putObject("TriggerFunctions");
    triggerFunctions.forEach(functions::put);
    // AWS's default: a pool created without UsernameAttributes takes free-form user names.
    config.putObject("UserPoolDefaults").putArray("UsernameAttributes");
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(config);
  }

  private static void awaitHealthy(Process process, URI endpoint, Path log) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health =
        HttpRequest.newBuilder(endpoint.resolve("/health")).timeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new EmulatorException(
            PACKAGE + " exited with " + process.exitValue() + " while starting; " + tail(log));
      }
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new EmulatorException("interrupted while waiting for " + PACKAGE, e);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new EmulatorException("interrupted while waiting for " + PACKAGE, e);
      }
    }
    throw new EmulatorException(
        PACKAGE + " did not answer on " + endpoint + " within " + START_TIMEOUT + "; " + tail(log));
  }

  /**
   * The emulator's endpoint (Cognito's JSON 1.1 API on {@code POST /}).
   *
   * @return for example {@code http://127.0.0.1:41234}
   */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * The run's directory: {@code .cognito/config.json}, {@code .cognito/db/*.json} (the pools, users
   * and clients) and {@code cognito-local.log}.
   *
   * @return the directory
   */
  public Path runDirectory() {
    return runDirectory;
  }

  /**
   * The emulator's log so far.
   *
   * @return the log text
   */
  public String log() {
    try {
      return Files.readString(runDirectory.resolve("cognito-local.log"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops the emulator (and waits for it to exit). */
  @Override
  public void close() {
    stopProcess();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs anyway
    }
  }

  private void stopProcess() {
    stop(process);
  }

  private static void stop(Process process) {
    if (process == null) {
      return;
    }
    try {
      // Closing stdin ends launch.js; destroy() is SIGTERM, destroyForcibly() SIGKILL.
      process.getOutputStream().close();
    } catch (IOException e) {
      // already closed
    }
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port", e);
    }
  }

  private static List<String> command(String tool, String... args) {
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    List<String> command = new ArrayList<>();
    command.add(windows && tool.equals("npm") ? "npm.cmd" : tool);
    command.addAll(List.of(args));
    return command;
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      List<String> last = lines.subList(Math.max(0, lines.size() - 15), lines.size());
      return "end of " + log + ":\n" + String.join("\n", last);
    } catch (IOException e) {
      return "no log at " + log;
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      List<Path> all = paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList();
      for (Path path : all) {
        Files.deleteIfExists(path);
      }
    }
  }
}
