/** Typed Cognito events. */
@CheckReturnValue
package io.github.cognitoevents.model;
