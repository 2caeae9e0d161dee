package io.github.cognitoevents.model.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitoevents.model.cloudtrail.AppClientChangeHandler.Notification;
import org.junit.jupiter.api.Test;

/** The seed's handler logic on the three cases that matter: update, delete, failed call. */
class AppClientChangeHandlerTest {

  private final AppClientChangeHandler handler = new AppClientChangeHandler();

  @Test
  void reportsAnUpdateFromItsRequest() {
    String json = Samples.text("cloudtrail/operations/update-user-pool-client-success.json");

    assertThat(handler.handle(json))
        .contains(
            new Notification(
                "UpdateUserPoolClient",
                "us-east-1_Ex4mpLe12",
                "4a1b2c3d4e5f6g7h8i9j0k1l2m",
                false,
                "2026-11-20T08:00:00Z"));
  }

  @Test
  void reportsADeleteAlthoughResponseElementsIsNull() {
    String json = Samples.text("cloudtrail/operations/delete-user-pool-client-success.json");

    assertThat(handler.handle(json))
        .hasValueSatisfying(
            n -> {
              assertThat(n.operation()).isEqualTo("DeleteUserPoolClient");
              assertThat(n.userPoolId()).isEqualTo("us-east-1_Ex4mpLe12");
              assertThat(n.clientId()).isEqualTo("4a1b2c3d4e5f6g7h8i9j0k1l2m");
              assertThat(n.failed()).isFalse();
            });
  }

  @Test
  void reportsFailedUpdatesAndDeletesAsFailed() {
    String update = Samples.text("cloudtrail/operations/update-user-pool-client-failure.json");
    String delete = Samples.text("cloudtrail/operations/delete-user-pool-client-failure.json");

    assertThat(handler.handle(update)).hasValueSatisfying(n -> assertThat(n.failed()).isTrue());
    assertThat(handler.handle(delete))
        .hasValueSatisfying(
            n -> {
              assertThat(n.failed()).isTrue();
              assertThat(n.clientId()).isEqualTo("4a1b2c3d4e5f6g7h8i9j0k1l2m");
            });
  }

  @Test
  void ignoresOtherOperations() {
    String json = Samples.text("cloudtrail/operations/create-resource-server-success.json");

    assertThat(handler.handle(json)).isEmpty();
  }
}
