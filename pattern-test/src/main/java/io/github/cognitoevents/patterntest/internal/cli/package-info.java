/**
 * The {@code cognito-events-cli} command-line tool: validate a pattern, test events against it, run
 * a TestEventPattern conformance corpus, and inspect Cognito events. Not an API: use {@link
 * io.github.cognitoevents.patterntest.internal.cli.CognitoEventsCli#run} or the executable jar.
 */
package io.github.cognitoevents.patterntest.internal.cli;
