/**
 * A Lambda {@code RequestStreamHandler} base that dispatches Cognito trigger events to typed
 * methods.
 */
package io.github.cognitoevents.lambda;
