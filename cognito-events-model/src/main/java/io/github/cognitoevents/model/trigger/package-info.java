/** Typed Cognito user-pool Lambda trigger events, one record per trigger, with typed responses. */
package io.github.cognitoevents.model.trigger;
