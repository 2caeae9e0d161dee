package io.github.cognitoevents.samples.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.cognitoevents.infra.Template;
import io.github.cognitoevents.lambda.CognitoTriggerHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleTriggersTest {

  private final Template template = SampleTriggers.template();

  @Test
  void everyFunctionRunsASampleHandlerAndEveryTriggerHasItsPermission() throws Exception {
    long functions = 0;
    for (String id : template.resourceIds()) {
      JsonNode resource = template.resource(id).orElseThrow();
      if (resource.path("Type").asText().equals("AWS::Lambda::Function")) {
        functions++;
        String handler = resource.at("/Properties/Handler").asText();
        Class<?> type = Class.forName(handler.substring(0, handler.indexOf("::")));
        assertThat(CognitoTriggerHandler.class).isAssignableFrom(type);
      }
    }
    assertThat(functions).isEqualTo(6);
    assertThat(template.resourceIds()).filteredOn(id -> id.contains("LambdaPermission")).hasSize(9);
  }

  @Test
  void thePoolNamesEachFunctionOnItsSlot() {
    JsonNode config =
        template
            .resource("CognitoUserPoolSampleCustomers")
            .orElseThrow()
            .at("/Properties/LambdaConfig");

    assertThat(config.path("PreSignUp").toString())
        .isEqualTo("{\"Fn::GetAtt\":[\"PreSignUpLambdaFunction\",\"Arn\"]}");
    assertThat(config.at("/PreTokenGenerationConfig/LambdaVersion").asText()).isEqualTo("V2_0");
    assertThat(config.path("VerifyAuthChallengeResponse").toString())
        .isEqualTo("{\"Fn::GetAtt\":[\"CustomAuthLambdaFunction\",\"Arn\"]}");
    assertThat(config.size()).isEqualTo(9);
  }

  @Test
  void mainWritesTheTemplate(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("t.yaml");
    SampleTriggers.main(new String[] {out.toString()});
    assertThat(new YAMLMapper().readTree(Files.readString(out))).isEqualTo(template.toJson());
  }
}
