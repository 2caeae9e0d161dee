/** The TriggerMesh Amazon Cognito User Pool source's CloudEvent. */
package io.github.cognitoevents.model.triggermesh;
