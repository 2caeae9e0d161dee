package io.github.cognitoevents.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateTest {

  private static ObjectNode bucket() {
    return JsonNodeFactory.instance.objectNode().put("Type", "AWS::S3::Bucket");
  }

  @Test
  void rendersIntrinsicFunctionsInTheirLongForm() {
    assertThat(CfnValue.of("x").toJson().toString()).isEqualTo("\"x\"");
    assertThat(CfnValue.ref("Bucket").toJson().toString()).isEqualTo("{\"Ref\":\"Bucket\"}");
    assertThat(CfnValue.getAtt("Fn", "Arn").toJson().toString())
        .isEqualTo("{\"Fn::GetAtt\":[\"Fn\",\"Arn\"]}");
    assertThat(CfnValue.sub("${AWS::AccountId}").toJson().toString())
        .isEqualTo("{\"Fn::Sub\":\"${AWS::AccountId}\"}");
    assertThat(CfnValue.getAtt("Fn", "Arn").resource()).contains("Fn");
    assertThat(CfnValue.of("x").resource()).isEmpty();
    assertThat(CfnValue.ref("MaybeAParameter").resource()).isEmpty();
    assertThat(CfnValue.sub("y").literal()).isEmpty();
  }

  @Test
  void refusesMalformedLogicalIdsAndEmptyValues() {
    assertThatThrownBy(() -> CfnValue.ref("my-bucket"))
        .isInstanceOf(InvalidTemplateException.class)
        .hasMessage("Ref: a logical id must be 1 to 255 ASCII letters and digits");
    assertThatThrownBy(() -> CfnValue.getAtt("Fn", ""))
        .isInstanceOf(InvalidTemplateException.class);
    assertThatThrownBy(() -> CfnValue.of("")).isInstanceOf(InvalidTemplateException.class);
    assertThatThrownBy(() -> Template.builder(null).resource("a b", bucket()))
        .isInstanceOf(InvalidTemplateException.class);
  }

  @Test
  void refusesARedefinitionButAcceptsTheSameDefinitionTwice() {
    Template.Builder b = Template.builder(null).resource("Bucket", bucket());
    b.resource("Bucket", bucket());
    assertThatThrownBy(() -> b.resource("Bucket", bucket().put("Condition", "x")))
        .isInstanceOf(InvalidTemplateException.class)
        .hasMessage("resource Bucket is defined twice, differently; logical ids must be unique");
  }

  @Test
  void mergesKeepingOrderAndRendersJsonAndYamlOfTheSameTree(@TempDir Path dir) throws Exception {
    Template a =
        Template.builder("a").resource("A", bucket()).output("AName", CfnValue.ref("A")).build();
    Template b = Template.builder("b").resource("B", bucket()).build();

    Template merged = a.merge(b);

    assertThat(merged.resourceIds()).containsExactly("A", "B");
    assertThat(merged.description()).contains("a");
    JsonNode fromYaml = new YAMLMapper().readTree(merged.toYaml());
    assertThat(fromYaml).isEqualTo(merged.toJson());
    assertThat(merged.toJson().path("AWSTemplateFormatVersion").asText()).isEqualTo("2010-09-09");
    Path yaml = merged.write(dir.resolve("out/t.yaml"));
    Path json = merged.write(dir.resolve("t.json"));
    assertThat(Files.readString(yaml)).isEqualTo(merged.toYaml());
    assertThat(Files.readString(json)).isEqualTo(merged.toJsonText());
  }

  @Test
  void handsOutCopies() {
    Template t = Template.builder(null).resource("A", bucket()).build();
    t.resource("A").orElseThrow().put("Type", "changed");
    ((ObjectNode) t.toJson().get("Resources")).removeAll();
    assertThat(t.resource("A").orElseThrow().path("Type").asText()).isEqualTo("AWS::S3::Bucket");
  }
}
