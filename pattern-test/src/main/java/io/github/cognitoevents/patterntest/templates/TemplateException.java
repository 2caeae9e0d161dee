package io.github.cognitoevents.patterntest.templates;

/**
 * A template could not be read at all: the file is unreadable, not JSON or YAML, not a
 * CloudFormation template, or needs a library that is missing. The message names the template and
 * the problem, never the template's content. Problems with single rules are not exceptions: they
 * are listed in {@link TemplateRules#problems()}.
 */
public final class TemplateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the template and what is wrong with it
   * @param cause the underlying error, or {@code null}
   */
  public TemplateException(String message, Throwable cause) {
    super(message, cause);
  }
}
