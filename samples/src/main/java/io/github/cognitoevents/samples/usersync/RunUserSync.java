package io.github.cognitoevents.samples.usersync;

import io.github.cognitoevents.model.triggermesh.TriggerMeshEvent;
import io.github.cognitoevents.samples.emulator.EmulatedCognito;
import io.github.cognitoevents.samples.usersync.HttpCloudEventSender.Mode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/**
 * System 4, run offline: a user pool in cognito-local, the {@link UserPoolSource} polling it and a
 * {@link TriggerMeshReceiver} receiving its CloudEvents over HTTP, first in binary mode (new and
 * changed users, two per {@code ListUsers} page), then in structured mode; prints each event as the
 * model read it, and stops everything.
 *
 * <p>From the repository root: {@code mvn -B -q -pl samples -am package -DskipTests -Psystem4}.
 *
 * <pre>{@code
 * RunUserSync.run(Path.of("samples"), System.out);
 * }</pre>
 */
public final class RunUserSync {

  private RunUserSync() {}

  /**
   * Runs the exchange.
   *
   * @param args the samples module directory (default: {@code samples} if it exists, else the
   *     working directory)
   * @throws InterruptedException if interrupted while waiting for the emulator's clock
   */
  public static void main(String[] args) throws InterruptedException {
    Path module =
        args.length > 0
            ? Path.of(args[0])
            : Path.of("samples", "emulator").toFile().isDirectory()
                ? Path.of("samples")
                : Path.of("");
    run(module, System.out);
  }

  /**
   * Runs the exchange and prints what arrived.
   *
   * @param moduleDirectory the samples module directory
   * @param out where to print
   * @throws InterruptedException if interrupted while waiting for the emulator's clock
   */
  public static void run(Path moduleDirectory, PrintStream out) throws InterruptedException {
    long start = System.nanoTime();
    List<TriggerMeshReceiver.Received> received = new CopyOnWriteArrayList<>();
    try (EmulatedCognito cognito = EmulatedCognito.start(moduleDirectory.toAbsolutePath());
        TriggerMeshReceiver receiver = TriggerMeshReceiver.start(received::add)) {
      CognitoIdentityProviderClient idp = cognito.client();
      UserPoolType pool = idp.createUserPool(b -> b.poolName("user-sync")).userPool();
      out.println("== pool " + pool.arn() + ", receiver at " + receiver.uri());
      create(idp, pool, "amy", "ben");

      int seen = 0;
      UserPoolSource source =
          new UserPoolSource(
              idp,
              pool.arn(),
              new HttpCloudEventSender(receiver.uri(), Mode.BINARY),
              UserPoolSource.StartAt.NOW,
              2);
      seen = report(seen, out, "first poll (remembers amy, ben)", source.poll(), source, received);
      create(idp, pool, "cat", "dan", "eve");
      seen = report(seen, out, "after creating cat, dan, eve", source.poll(), source, received);
      seen = report(seen, out, "nothing changed", source.poll(), source, received);
      Instant next = source.mark().plusSeconds(1);
      while (Instant.now().isBefore(next)) {
        Thread.sleep(50); // cognito-local's dates have whole seconds
      }
      idp.adminUpdateUserAttributes(
          b ->
              b.userPoolId(pool.id())
                  .username("amy")
                  .userAttributes(AttributeType.builder().name("name").value("Amy").build()));
      seen = report(seen, out, "after changing amy", source.poll(), source, received);

      UserPoolSource structured =
          new UserPoolSource(
              idp,
              pool.arn(),
              new HttpCloudEventSender(receiver.uri(), Mode.STRUCTURED),
              UserPoolSource.StartAt.BEGINNING,
              60);
      seen =
          report(
              seen,
              out,
              "structured mode, from the beginning",
              structured.poll(),
              structured,
              received);
      out.printf(
          "System 4 done: %d CloudEvents sent and read in %d ms%n",
          received.size(), (System.nanoTime() - start) / 1_000_000);
    }
  }

  private static void create(
      CognitoIdentityProviderClient idp, UserPoolType pool, String... names) {
    for (String name : names) {
      idp.adminCreateUser(
          b ->
              b.userPoolId(pool.id())
                  .username(name)
                  .messageAction("SUPPRESS")
                  .userAttributes(
                      AttributeType.builder().name("email").value(name + "@example.com").build()));
    }
  }

  private static int report(
      int seen,
      PrintStream out,
      String step,
      int sent,
      UserPoolSource source,
      List<TriggerMeshReceiver.Received> received) {
    out.println(
        "-- " + step + ": " + sent + " event(s), " + source.lastPages() + " ListUsers page(s)");
    for (TriggerMeshReceiver.Received r : received.subList(seen, received.size())) {
      TriggerMeshEvent e = r.event();
      out.println(
          "   "
              + r.encoding()
              + " "
              + e.type()
              + " subject="
              + e.subject()
              + " user="
              + e.data().username()
              + " status="
              + e.data().userStatus()
              + " modified="
              + e.data().userLastModifiedDateText()
              + " email="
              + e.data().attribute("email").orElse("?"));
    }
    return received.size();
  }
}
