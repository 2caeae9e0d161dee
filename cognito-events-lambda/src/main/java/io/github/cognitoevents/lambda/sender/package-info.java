/**
 * Decryption of the codes Cognito sends to CustomEmailSender and CustomSMSSender functions. Needs
 * the optional dependency {@code com.amazonaws:aws-encryption-sdk-java}.
 */
package io.github.cognitoevents.lambda.sender;
