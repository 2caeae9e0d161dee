/**
 * Immutable typed records for Amazon Cognito user-pool trigger events and for CloudTrail Cognito
 * API-call events delivered through EventBridge.
 */
module io.github.cognitoevents.model {
  requires transitive com.fasterxml.jackson.databind;

  exports io.github.cognitoevents.model;
  exports io.github.cognitoevents.model.trigger;
  exports io.github.cognitoevents.model.cloudtrail;
  exports io.github.cognitoevents.model.eventbridge;
  exports io.github.cognitoevents.model.triggermesh;
}
