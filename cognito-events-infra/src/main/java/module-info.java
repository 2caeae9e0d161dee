/**
 * CloudFormation and SAM for Cognito: rules on Cognito API calls with their trail, Lambda trigger
 * wiring, the update of an existing pool's triggers and a drift check from CloudTrail.
 */
module io.github.cognitoevents.infra {
  requires transitive io.github.cognitoevents.pattern;
  requires com.fasterxml.jackson.dataformat.yaml;
  // Optional: only ExistingPoolTriggers talks to Cognito.
  requires static software.amazon.awssdk.services.cognitoidentityprovider;
  requires static software.amazon.awssdk.core;
  requires static software.amazon.awssdk.awscore;

  exports io.github.cognitoevents.infra;
  exports io.github.cognitoevents.infra.monitor;
  exports io.github.cognitoevents.infra.triggers;
}
