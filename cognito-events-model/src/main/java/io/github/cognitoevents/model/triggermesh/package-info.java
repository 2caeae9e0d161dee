/**
 * The TriggerMesh Amazon Cognito User Pool source's CloudEvent: {@link
 * io.github.cognitoevents.model.triggermesh.TriggerMeshEvent}.
 */
@CheckReturnValue
package io.github.cognitoevents.model.triggermesh;

import io.github.cognitoevents.model.CheckReturnValue;
