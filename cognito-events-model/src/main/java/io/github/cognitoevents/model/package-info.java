/** Typed Cognito events. */
package io.github.cognitoevents.model;
