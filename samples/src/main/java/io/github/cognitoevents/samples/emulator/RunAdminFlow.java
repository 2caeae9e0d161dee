package io.github.cognitoevents.samples.emulator;

import io.github.cognitoevents.model.trigger.TriggerEvent;
import io.github.cognitoevents.samples.triggers.AdminUserFlow;
import io.github.cognitoevents.samples.triggers.IdToken;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;

/**
 * System 3, run offline: starts cognito-local with the sample trigger handlers ({@link
 * EmulatedCognito}), performs the administrator flow ({@link AdminUserFlow}) with the SDK v2
 * client, checks the ID token as the API's authorizer would, prints every trigger the emulator
 * invoked with the record the model read and the handler's answer, and stops everything.
 *
 * <p>From the repository root: {@code mvn -B -q -pl samples -am package -DskipTests -Psystem3}.
 *
 * <pre>{@code
 * RunAdminFlow.run(Path.of("samples"), System.out);
 * }</pre>
 */
public final class RunAdminFlow {

  private RunAdminFlow() {}

  /**
   * Runs the flow.
   *
   * @param args the samples module directory (default: {@code samples} if it exists, else the
   *     working directory)
   */
  public static void main(String[] args) {
    run(moduleDirectory(args), System.out);
  }

  static Path moduleDirectory(String[] args) {
    if (args.length > 0) {
      return Path.of(args[0]);
    }
    return Path.of("samples", "emulator").toFile().isDirectory() ? Path.of("samples") : Path.of("");
  }

  /**
   * Runs the flow and prints what happened.
   *
   * @param moduleDirectory the samples module directory
   * @param out where to print
   * @throws EmulatorException if the emulator cannot run (Node.js missing, install failed)
   * @throws IllegalStateException if the flow or the token check fails
   */
  public static void run(Path moduleDirectory, PrintStream out) {
    long start = System.nanoTime();
    try (EmulatedCognito cognito = EmulatedCognito.start(moduleDirectory.toAbsolutePath())) {
      out.println("== cognito-local at " + cognito.emulator().endpoint());
      AdminUserFlow.Result result =
          AdminUserFlow.run(cognito.client(), AdminUserFlow.Setup.sample(cognito.lambdaConfig()));
      out.println("pool " + result.userPoolId() + ", app client " + result.clientId());
      out.println("AdminCreateUser sam.lee            -> " + result.statusAfterCreate());
      out.println("AdminInitiateAuth (temporary)      -> challenge " + result.challenge());
      out.println(
          "AdminRespondToAuthChallenge        -> tokens (ID, access, refresh); user "
              + result.statusAfterChange());

      IdToken id = IdToken.decode(result.tokens().idToken());
      id.verify(
          cognito.emulator().endpoint() + "/" + result.userPoolId(),
          result.clientId(),
          Instant.now());
      out.println(
          "ID token: signature, iss, aud, token_use and exp accepted; cognito:username="
              + id.claims().path("cognito:username").asText()
              + ", tenant="
              + id.claims().path("tenant").asText()
              + " (PreTokenGeneration), custom:plan "
              + (id.claims().has("custom:plan") ? "present" : "suppressed"));

      out.println();
      out.println("== Triggers the emulator invoked (Lambda Invoke -> sample handler)");
      int answered = 0;
      for (LambdaInvokeEndpoint.Invocation invocation : cognito.invocations()) {
        TriggerEvent event = invocation.event();
        out.println(
            "-- "
                + invocation.triggerSource()
                + " -> "
                + invocation.functionName()
                + ": read as "
                + (event == null
                    ? "NOTHING (" + invocation.parseError() + ")"
                    : event.getClass().getSimpleName()));
        if (invocation.answer() != null) {
          answered++;
          var response = invocation.answer().toJson().get("response");
          out.println("   answer: " + (response == null ? "(none)" : response.toString()));
        } else {
          out.println("   FAILED: " + invocation.functionError());
        }
      }
      cognito.auditLines().forEach(line -> out.println("audit: " + line));
      cognito.shim().translated().forEach(t -> out.println("shim: " + t));
      if (answered != cognito.invocations().size()) {
        throw new IllegalStateException(
            (cognito.invocations().size() - answered) + " trigger invocations were not answered");
      }
      out.printf(
          "System 3 done: %d triggers invoked by the emulator, all read and answered, in %d ms%n",
          answered, (System.nanoTime() - start) / 1_000_000);
    }
  }
}
