/**
 * Immutable typed records for Amazon Cognito user-pool trigger events and for CloudTrail Cognito
 * API-call events delivered through EventBridge.
 */
module io.github.cognitoevents.model {
  requires transitive com.fasterxml.jackson.databind;
  requires static aws.lambda.java.core;
  requires static aws.lambda.java.events;

  exports io.github.cognitoevents.model;
  exports io.github.cognitoevents.model.trigger;
  exports io.github.cognitoevents.model.cloudtrail;
  exports io.github.cognitoevents.model.eventbridge;
  exports io.github.cognitoevents.model.triggermesh;
  exports io.github.cognitoevents.model.lambda;
  exports io.github.cognitoevents.model.interop;
}
