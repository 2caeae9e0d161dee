/**
 * Converts the typed CloudTrail records of {@code cognito-events-model} to and from the AWS SDK for
 * Java v2's model objects of {@code cognito-idp} and {@code cognito-identity}.
 */
@SuppressWarnings(
    "requires-transitive-automatic") // the SDK's jars name their modules in MANIFEST.MF
module io.github.cognitoevents.sdkbridge {
  requires transitive io.github.cognitoevents.model;
  requires transitive software.amazon.awssdk.core;
  requires transitive software.amazon.awssdk.services.cognitoidentityprovider;
  requires transitive software.amazon.awssdk.services.cognitoidentity;
  requires software.amazon.awssdk.utils;

  exports io.github.cognitoevents.sdkbridge;
}
