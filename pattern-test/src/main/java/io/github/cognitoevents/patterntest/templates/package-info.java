/**
 * EventBridge rules read from where they live: CloudFormation and SAM templates in JSON or YAML
 * (short-form intrinsics such as {@code !Sub} included) and the CDK's {@code
 * cdk.out/*.template.json}.
 *
 * <pre>{@code
 * TemplateRules read = TemplateReader.create()
 *     .withParameter("UserPoolId", "us-east-1_EXAMPLE1")
 *     .read(Path.of("template.yaml"));
 * read.problems().forEach(System.err::println);   // unresolvable intrinsics, invalid patterns
 * RuleSet rules = read.ruleSet();
 * }</pre>
 *
 * <p>YAML templates need {@code com.fasterxml.jackson.dataformat:jackson-dataformat-yaml} (an
 * optional dependency of this module, the same version as Jackson); JSON templates and CDK output
 * need nothing more.
 */
package io.github.cognitoevents.patterntest.templates;
