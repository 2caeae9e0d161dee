/**
 * The {@code cognito-events} command-line tool: {@link
 * io.github.cognitoevents.cli.CognitoEventsCli} and one picocli command class per subcommand.
 */
package io.github.cognitoevents.cli;
