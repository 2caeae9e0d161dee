package io.github.cognitoevents.lambda.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreSignUpEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEventV2;
import io.github.cognitoevents.model.trigger.PreSignUpEvent;
import io.github.cognitoevents.model.trigger.PreTokenGenerationV2Event;
import io.github.cognitoevents.model.trigger.TriggerEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import io.github.cognitoevents.testkit.trigger.TestTriggerEvents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AwsLambdaEventsTest {

  @Test
  void convertingOurRecordGivesTheBeanAwsLambdaEventsReadsFromTheSameJson() throws IOException {
    int converted = 0;
    for (Path f : AwsLambdaEventsComparisonTest.readableByAwsEvents()) {
      String name = f.getFileName().toString();
      String prefix = AwsLambdaEventsComparisonTest.prefixOf(name);
      byte[] bytes = Files.readAllBytes(f);
      Class<?> awsType = AwsLambdaEventsComparisonTest.AWS_BY_PREFIX.get(prefix);
      Object expected;
      try {
        expected = AwsLambdaEventsComparisonTest.LAMBDA_LIKE.readValue(bytes, awsType);
      } catch (IOException e) {
        continue; // the one fixture aws-lambda-java-events cannot read, see the comparison test
      }
      TriggerEvent ours =
          TriggerEvents.parse(bytes, AwsLambdaEventsComparisonTest.OURS_BY_PREFIX.get(prefix));
      assertThat(AwsLambdaEvents.toAws(ours, awsType)).as(name).isEqualTo(expected);
      TriggerEvent back = AwsLambdaEvents.fromAws(expected, ours.getClass());
      assertThat(back).as(name).isInstanceOf(ours.getClass());
      assertThat(back.region()).as(name).isEqualTo(ours.region());
      assertThat(back.userName()).as(name).isEqualTo(ours.userName());
      assertThat(back.triggerSource()).as(name).isEqualTo(ours.triggerSource());
      assertThat(back.userPoolId()).as(name).isEqualTo(ours.userPoolId());
      converted++;
    }
    assertThat(converted).isEqualTo(60);
  }

  @Test
  void typedOverloadsRoundTripAPreSignUpWithItsResponse() {
    PreSignUpEvent event =
        TestTriggerEvents.preSignUp()
            .build()
            .withResponse(PreSignUpEvent.Response.empty().withAutoConfirmUser(true));
    CognitoUserPoolPreSignUpEvent aws = AwsLambdaEvents.toAws(event);
    assertThat(aws.getResponse().getAutoConfirmUser()).isTrue();
    assertThat(aws.getRequest().getUserAttributes())
        .containsEntry("email", TestTriggerEvents.EMAIL);
    PreSignUpEvent back = AwsLambdaEvents.fromAws(aws);
    assertThat(back.request()).isEqualTo(event.request());
    // the primitive flags of the bean come back as false, not absent
    assertThat(back.response().autoVerifyEmail()).isFalse();
    assertThat(back.response().autoConfirmUser()).isTrue();
  }

  @Test
  void refusesClaimsTheBeanCannotHoldInsteadOfDroppingThem() {
    PreTokenGenerationV2Event event =
        TestTriggerEvents.preTokenGenerationV2()
            .build()
            .withResponse(
                PreTokenGenerationV2Event.Response.builder()
                    .accessTokenClaim("roles", List.of("a", "b"))
                    .build());
    assertThatThrownBy(() -> AwsLambdaEvents.toAws(event))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PreTokenGenerationV2Event")
        .hasMessageContaining(CognitoUserPoolPreTokenGenerationEventV2.class.getSimpleName());
  }
}
