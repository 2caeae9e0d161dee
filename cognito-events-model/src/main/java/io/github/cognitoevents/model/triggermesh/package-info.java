/**
 * The TriggerMesh Amazon Cognito User Pool source's CloudEvent: {@link
 * io.github.cognitoevents.model.triggermesh.TriggerMeshEvent}.
 */
package io.github.cognitoevents.model.triggermesh;
