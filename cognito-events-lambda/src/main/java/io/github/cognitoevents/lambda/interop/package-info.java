/** Optional adapters to and from {@code com.amazonaws:aws-lambda-java-events} classes. */
package io.github.cognitoevents.lambda.interop;
