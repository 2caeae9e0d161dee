package io.github.cognitoevents.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.benchmarks.BenchmarkInputs.CloudTrailEvent;
import io.github.cognitoevents.model.CognitoEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The CloudTrail parsing benchmark reads every event into typed records. No timing here. */
class CloudTrailBenchmarkInputsTest {

  @ParameterizedTest
  @EnumSource(CloudTrailEvent.class)
  void oursReadsEveryEventAsATypedCloudTrailRecord(CloudTrailEvent event) throws Exception {
    CloudTrailParseBenchmark benchmark = new CloudTrailParseBenchmark();
    benchmark.event = event;
    benchmark.setUp();

    CognitoEvent ours = (CognitoEvent) benchmark.ours();
    JsonNode tree = (JsonNode) benchmark.jacksonTree();

    assertThat(ours).isInstanceOf(CognitoEvent.CloudTrailViaEventBridge.class);
    assertThat(ours.name()).isEqualTo(event.name());
    assertThat(ours.toJson()).isEqualTo(tree);
  }
}
