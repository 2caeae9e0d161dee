package io.github.cognitoevents.infra.triggers;

/**
 * The event version a versioned trigger receives ({@code LambdaVersion} of {@code LambdaConfig}):
 * pre token generation has three, the custom senders and inbound federation one.
 */
public enum LambdaVersion {
  /** Version 1: every versioned trigger. For pre token generation: ID-token string claims only. */
  V1_0,
  /** Pre token generation version 2: ID and access tokens, any JSON claim. Essentials or Plus. */
  V2_0,
  /** Pre token generation version 3: as V2_0, also for machine-to-machine tokens. */
  V3_0
}
