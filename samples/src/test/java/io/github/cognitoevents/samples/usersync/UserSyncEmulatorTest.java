package io.github.cognitoevents.samples.usersync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudevents.core.message.Encoding;
import io.github.cognitoevents.model.triggermesh.TriggerMeshEvent;
import io.github.cognitoevents.samples.emulator.CognitoLocalExtension;
import io.github.cognitoevents.samples.emulator.EmulatedCognito;
import io.github.cognitoevents.samples.usersync.HttpCloudEventSender.Mode;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * System 4 end to end: the source polls the emulator's users (through the shim, which pages {@code
 * ListUsers} as AWS does) and sends CloudEvents over HTTP to the receiver, in binary and in
 * structured mode; the receiver reads them into the model's record.
 */
@ExtendWith(CognitoLocalExtension.class)
class UserSyncEmulatorTest {

  @Test
  void newAndChangedUsersArriveInBothModesAndUnchangedOnesDoNot(EmulatedCognito cognito)
      throws Exception {
    CognitoIdentityProviderClient idp = cognito.client();
    var pool = idp.createUserPool(b -> b.poolName("user-sync")).userPool();
    for (String name : List.of("amy", "ben")) {
      createUser(idp, pool.id(), name);
    }
    List<TriggerMeshReceiver.Received> received = new CopyOnWriteArrayList<>();
    try (TriggerMeshReceiver receiver = TriggerMeshReceiver.start(received::add)) {
      UserPoolSource binary =
          new UserPoolSource(
              idp,
              pool.arn(),
              new HttpCloudEventSender(receiver.uri(), Mode.BINARY),
              UserPoolSource.StartAt.NOW,
              2);

      // First poll: TriggerMesh's start, remembers the users and sends nothing.
      assertThat(binary.poll()).isZero();
      assertThat(received).isEmpty();

      for (String name : List.of("cat", "dan", "eve")) {
        createUser(idp, pool.id(), name);
      }
      assertThat(binary.poll()).isEqualTo(3);
      assertThat(binary.lastPages()).isEqualTo(3); // five users, two per page
      assertThat(received)
          .extracting(r -> r.event().data().username())
          .containsExactlyInAnyOrder("cat", "dan", "eve");
      assertThat(received)
          .extracting(TriggerMeshReceiver.Received::encoding)
          .containsOnly(Encoding.BINARY);
      TriggerMeshEvent first = received.get(0).event();
      assertThat(first.type()).isEqualTo("com.amazon.cognito-idp.sync_trigger");
      assertThat(first.source()).isEqualTo(pool.arn());
      assertThat(first.subject()).isEqualTo(pool.id());
      assertThat(first.userPoolId()).isEqualTo(pool.id());
      assertThat(first.dataContentType()).isEqualTo("application/json");
      assertThat(first.data().userStatus()).isEqualTo("FORCE_CHANGE_PASSWORD");
      assertThat(first.data().enabled()).isTrue();
      assertThat(first.data().attribute("email"))
          .contains(first.data().username() + "@example.com");
      assertThat(first.data().attribute("sub")).isPresent();
      assertThat(first.data().unknownFields()).containsKey("MFAOptions"); // Go's null

      // Nothing changed: no event.
      received.clear();
      assertThat(binary.poll()).isZero();
      assertThat(received).isEmpty();

      // A change in a later second than the mark (cognito-local's dates have whole seconds).
      waitForNextSecond(binary.mark());
      idp.adminUpdateUserAttributes(
          b ->
              b.userPoolId(pool.id())
                  .username("amy")
                  .userAttributes(a -> a.name("name").value("Amy Changed")));
      assertThat(binary.poll()).isEqualTo(1);
      assertThat(received).hasSize(1);
      assertThat(received.get(0).event().data().username()).isEqualTo("amy");
      assertThat(received.get(0).event().data().attribute("name")).contains("Amy Changed");
      assertThat(received.get(0).event().data().userLastModifiedDate())
          .isAfter(first.data().userCreateDate());
      assertThat(binary.poll()).isZero();
      assertThat(binary.rememberedUsers()).isEqualTo(1);

      // Structured mode, from the beginning: every user, read into the same record.
      received.clear();
      UserPoolSource structured =
          new UserPoolSource(
              idp,
              pool.arn(),
              new HttpCloudEventSender(receiver.uri(), Mode.STRUCTURED),
              UserPoolSource.StartAt.BEGINNING,
              60);
      assertThat(structured.poll()).isEqualTo(5);
      assertThat(structured.lastPages()).isEqualTo(1);
      assertThat(received)
          .extracting(TriggerMeshReceiver.Received::encoding)
          .containsOnly(Encoding.STRUCTURED);
      assertThat(received)
          .extracting(r -> r.event().data().username())
          .containsExactlyInAnyOrder("amy", "ben", "cat", "dan", "eve");
      assertThat(received)
          .filteredOn(r -> r.event().data().username().equals("amy"))
          .singleElement()
          .satisfies(r -> assertThat(r.event().data().attribute("name")).contains("Amy Changed"));
      assertThat(structured.poll()).isZero();
    }
  }

  @Test
  void aRefusedEventIsSentAgainByTheNextPoll(EmulatedCognito cognito) {
    CognitoIdentityProviderClient idp = cognito.client();
    var pool = idp.createUserPool(b -> b.poolName("user-sync-retry")).userPool();
    for (String name : List.of("fay", "gus", "hal")) {
      createUser(idp, pool.id(), name);
    }
    List<String> delivered = new CopyOnWriteArrayList<>();
    boolean[] down = {false};
    CloudEventSink flaky =
        event -> {
          String user = TriggerMeshReceiver.read(event).data().username();
          if (down[0] && user.equals("gus")) {
            throw new CloudEventDeliveryException("receiver down for " + event.getId(), null);
          }
          delivered.add(user);
        };
    UserPoolSource source =
        new UserPoolSource(idp, pool.arn(), flaky, UserPoolSource.StartAt.BEGINNING, 60);
    down[0] = true;
    assertThatThrownBy(source::poll).isInstanceOf(CloudEventDeliveryException.class);
    assertThat(delivered).containsExactly("fay");
    down[0] = false;
    assertThat(source.poll()).isEqualTo(2);
    assertThat(delivered).containsExactly("fay", "gus", "hal");
    assertThat(source.poll()).isZero();
  }

  private static void createUser(CognitoIdentityProviderClient idp, String pool, String name) {
    idp.adminCreateUser(
        b ->
            b.userPoolId(pool)
                .username(name)
                .messageAction("SUPPRESS")
                .userAttributes(a -> a.name("email").value(name + "@example.com")));
  }

  private static void waitForNextSecond(Instant mark) throws InterruptedException {
    Instant next = mark.plusSeconds(1);
    while (Instant.now().isBefore(next)) {
      Thread.sleep(50);
    }
  }
}
