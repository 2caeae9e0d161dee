package io.github.cognitoevents.cli;

import static io.github.cognitoevents.cli.CognitoEventsCliTest.fixture;
import static io.github.cognitoevents.cli.CognitoEventsCliTest.fixtureText;
import static io.github.cognitoevents.cli.CognitoEventsCliTest.run;
import static io.github.cognitoevents.cli.CognitoEventsCliTest.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitoevents.cli.CognitoEventsCliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules}: rules from templates and pattern files against events, as a report or a check. */
class RulesCommandTest {

  private static final String TEMPLATE = fixture("rules/template.yaml");
  private static final String SEED = fixture("seed-rule.json");
  private static final String DELETE = fixture("delete-user-pool-client.json");
  private static final String CREATE = fixture("create-user-pool.json");

  @Test
  void listsTheRulesThatFireOnEachEvent() {
    Run run = run("rules", SEED, TEMPLATE, "-p", "Stage=prod", "--event", DELETE, CREATE);

    assertThat(run.exitCode()).isEqualTo(CognitoEventsCli.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines())
        .containsExactly(
            "rules: 4 rules read, 1 skipped",
            "  skipped retired (" + TEMPLATE + "#RetiredRule): disabled",
            DELETE + ": seed-rule, pool-client-deletions-prod",
            CREATE + ": new-pools");
  }

  @Test
  void explainsWhyTheOthersDoNotFire() {
    Run run = run("rules", TEMPLATE, "-p", "Stage=prod", "-e", CREATE, "--explain");

    assertThat(run.exitCode()).isEqualTo(CognitoEventsCli.OK);
    assertThat(run.out())
        .contains(
            CREATE
                + ": new-pools\n"
                + "  does not fire: pool-client-deletions-prod\n"
                + "    FAIL detail.eventName [\"DeleteUserPoolClient\"] <- \"CreateUserPool\"\n"
                + "    FAIL detail.requestParameters.userPoolId [\"us-east-1_EXAMPLE1\"] <- (absent)\n"
                + "    ok   source [\"aws.cognito-idp\"] <- \"aws.cognito-idp\"\n"
                + "  does not fire: failed-calls\n"
                + "    FAIL detail.errorCode [{\"exists\":true}] <- (absent)\n"
                + "    ok   source [\"aws.cognito-idp\"] <- \"aws.cognito-idp\"");
  }

  @Test
  void isACheckWithExpect() {
    Run pass =
        run(
            "rules",
            SEED,
            TEMPLATE,
            "-p",
            "Stage=prod",
            "-e",
            DELETE,
            "--expect",
            "seed-rule",
            "--expect",
            "pool-client-deletions-prod");
    assertThat(pass.exitCode()).isEqualTo(CognitoEventsCli.OK);

    Run fail =
        run("rules", SEED, TEMPLATE, "-p", "Stage=prod", "-e", DELETE, "--expect", "new-pools");
    assertThat(fail.exitCode()).isEqualTo(CognitoEventsCli.NEGATIVE);
    assertThat(fail.outLines())
        .endsWith(
            DELETE + ": seed-rule, pool-client-deletions-prod",
            "  unexpected: seed-rule, pool-client-deletions-prod",
            "  missing: new-pools");

    assertThat(run("rules", SEED, "-e", CREATE, "--expect-none").exitCode())
        .isEqualTo(CognitoEventsCli.OK);
    assertThat(run("rules", SEED, "-e", DELETE, "--expect-none").exitCode())
        .isEqualTo(CognitoEventsCli.NEGATIVE);
    Run unknown = run("rules", SEED, "-e", DELETE, "--expect", "nope");
    assertThat(unknown.exitCode()).isEqualTo(CognitoEventsCli.ERROR);
    assertThat(unknown.err()).isEqualTo("error: --expect nope: no rule of that name was read\n");
  }

  @Test
  void anEventThatFiresNoRuleIsANegativeAnswer() {
    Run run = run("rules", SEED, "-e", CREATE);
    assertThat(run.exitCode()).isEqualTo(CognitoEventsCli.NEGATIVE);
    assertThat(run.lastOutLine()).isEqualTo(CREATE + ": no rule fires");
  }

  @Test
  void reportsRulesThatCannotBeReadAndStillAnswersForTheOthers() {
    Run run = run("rules", TEMPLATE, fixture("rules/unresolved.yaml"), "-e", DELETE);

    assertThat(run.exitCode()).isEqualTo(CognitoEventsCli.ERROR);
    assertThat(run.err())
        .isEqualTo(
            "error: rule PartnerPools ("
                + fixture("rules/unresolved.yaml")
                + "#PartnerPools) at Properties.EventPattern.detail.requestParameters"
                + ".userPoolId[0].Fn::ImportValue: Fn::ImportValue cannot be resolved without"
                + " AWS\n");
    // without Stage the SAM rule is named by its logical id
    assertThat(run.lastOutLine()).isEqualTo(DELETE + ": NotifierPoolClientDeletions");
  }

  @Test
  void readsEventsFromADirectoryAndStandardInput(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.json"), fixtureText("delete-user-pool-client.json"));
    Files.writeString(dir.resolve("b.json"), fixtureText("create-user-pool.json"));
    Run run = run("rules", SEED, "-e", dir.toString());
    assertThat(run.outLines())
        .endsWith(dir.resolve("a.json") + ": seed-rule", dir.resolve("b.json") + ": no rule fires");

    Run stdin = runWithInput(fixtureText("delete-user-pool-client.json"), "rules", SEED, "-e", "-");
    assertThat(stdin.exitCode()).isEqualTo(CognitoEventsCli.OK);
    assertThat(stdin.lastOutLine()).isEqualTo("<stdin>: seed-rule");
  }

  @Test
  void badInputIsOneLineAndExitTwo() {
    Run invalidEvent = run("rules", SEED, "-e", fixture("not-an-event.json"));
    assertThat(invalidEvent.exitCode()).isEqualTo(CognitoEventsCli.ERROR);
    assertThat(invalidEvent.err())
        .startsWith(fixture("not-an-event.json") + ": Parameter Event is not valid.");

    Run notAPattern = run("rules", fixture("not-json.txt"), "-e", DELETE);
    assertThat(notAPattern.exitCode()).isEqualTo(CognitoEventsCli.ERROR);
    assertThat(notAPattern.err())
        .startsWith(fixture("not-json.txt") + ": Event pattern is not valid.");

    Run missing = run("rules", "no-such-template.yaml", "-e", DELETE);
    assertThat(missing.exitCode()).isEqualTo(CognitoEventsCli.ERROR);
    assertThat(missing.err().lines()).hasSize(1);

    Run noEvent = run("rules", SEED);
    assertThat(noEvent.exitCode()).isEqualTo(CognitoEventsCli.ERROR);
    assertThat(noEvent.err()).contains("Missing required option: '--event=EVENT'");

    Run both = run("rules", SEED, "-e", DELETE, "--expect", "seed-rule", "--expect-none");
    assertThat(both.exitCode()).isEqualTo(CognitoEventsCli.ERROR);
  }

  @Test
  void helpExitsZero() {
    Run help = run("rules", "--help");
    assertThat(help.exitCode()).isEqualTo(CognitoEventsCli.OK);
    assertThat(help.out()).contains("Usage: cognito-events rules", "--expect=RULE", "Exit codes:");
  }
}
