package io.github.cognitoevents.samples.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitoevents.model.trigger.PreSignUpEvent;
import io.github.cognitoevents.samples.SampleEvents;
import io.github.cognitoevents.samples.triggers.PreSignUpHandler;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lambda's Invoke call as the endpoint implements it, driven without an emulator. */
class LambdaInvokeEndpointTest {

  @Test
  void invokesTheHandlerAndAnswersAsLambdaDoes() throws Exception {
    try (LambdaInvokeEndpoint lambda = LambdaInvokeEndpoint.start()) {
      lambda.register("pre-sign-up", new PreSignUpHandler(Set.of("example.com")));
      HttpResponse<String> ok =
          invoke(lambda.uri(), "pre-sign-up", SampleEvents.json("pre-sign-up.json"), null);
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(ok.headers().firstValue("X-Amz-Function-Error")).isEmpty();
      assertThat(ok.body()).contains("\"autoConfirmUser\":true");

      HttpResponse<String> rejected =
          invoke(
              lambda.uri(),
              "arn:aws:lambda:us-east-1:000000000000:function:pre-sign-up",
              SampleEvents.json("pre-sign-up-rejected.json"),
              "RequestResponse");
      assertThat(rejected.statusCode()).isEqualTo(200);
      assertThat(rejected.headers().firstValue("X-Amz-Function-Error")).contains("Unhandled");
      assertThat(rejected.body())
          .isEqualTo(
              "{\"errorMessage\":\"email domain \\\"mailinator.test\\\" is not allowed\","
                  + "\"errorType\":\"io.github.cognitoevents.samples.triggers.TriggerRejectedException\"}");

      HttpResponse<String> notJson = invoke(lambda.uri(), "pre-sign-up", "[1,2]", null);
      assertThat(notJson.headers().firstValue("X-Amz-Function-Error")).contains("Unhandled");

      assertThat(invoke(lambda.uri(), "nobody", "{}", null).statusCode()).isEqualTo(404);
      assertThat(invoke(lambda.uri(), "pre-sign-up", "{}", "Event").statusCode()).isEqualTo(400);

      assertThat(lambda.invocations()).hasSize(3);
      assertThat(lambda.invocations().get(0).answer()).isInstanceOf(PreSignUpEvent.class);
      assertThat(lambda.invocations().get(1).functionError())
          .startsWith("io.github.cognitoevents.samples.triggers.TriggerRejectedException");
      assertThat(lambda.invocations().get(2).parseError()).isNotNull();
      assertThat(lambda.invocations().get(2).event()).isNull();
    }
  }

  private static HttpResponse<String> invoke(
      URI endpoint, String function, String payload, String invocationType) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                endpoint.resolve(
                    "/2015-03-31/functions/"
                        + java.net.URLEncoder.encode(
                            function, java.nio.charset.StandardCharsets.UTF_8)
                        + "/invocations"))
            .POST(HttpRequest.BodyPublishers.ofString(payload));
    if (invocationType != null) {
      request.header("X-Amz-Invocation-Type", invocationType);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
