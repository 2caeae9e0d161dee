package io.github.cognitoevents.samples.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The parts of the emulator lifecycle that need no Node.js. */
class CognitoLocalTest {

  @Test
  void saysWhyTheEmulatorCannotRunWithoutNode() {
    assertThat(CognitoLocal.unavailableReason("no-such-node-for-cognito-events"))
        .hasValueSatisfying(
            reason ->
                assertThat(reason)
                    .isEqualTo(
                        "the Cognito emulator cognito-local is a Node.js program, and"
                            + " 'no-such-node-for-cognito-events --version' did not run: install"
                            + " Node.js 18 or newer (with npm) and put it on the PATH"));
  }

  @Test
  void reducesFunctionArnsToNames() {
    assertThat(LambdaInvokeEndpoint.functionName("pre-sign-up")).isEqualTo("pre-sign-up");
    assertThat(
            LambdaInvokeEndpoint.functionName(
                "arn:aws:lambda:us-east-1:000000000000:function:pre-sign-up"))
        .isEqualTo("pre-sign-up");
    assertThat(
            LambdaInvokeEndpoint.functionName(
                "arn:aws:lambda:us-east-1:000000000000:function:pre-sign-up:live"))
        .isEqualTo("pre-sign-up");
    assertThat(LambdaInvokeEndpoint.functionName("pre-sign-up:7")).isEqualTo("pre-sign-up");
  }
}
