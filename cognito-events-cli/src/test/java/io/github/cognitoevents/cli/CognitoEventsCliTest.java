package io.github.cognitoevents.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cognitoevents.testsupport.SharedData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CognitoEventsCliTest {

  private static final String EMPTY_ARRAY_MESSAGE =
      "Event pattern is not valid. Reason: Empty arrays are not allowed";
  private static final String INVALID_EVENT_MESSAGE = "Parameter Event is not valid.";

  /** The result of one in-process run. */
  record Run(int exitCode, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }

    String lastOutLine() {
      List<String> lines = outLines();
      return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
  }

  static Run run(String... args) {
    return runWithInput("", args);
  }

  static Run runWithInput(String stdin, String... args) {
    return runWithInput(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  static Run runWithInput(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    InputStream in = new ByteArrayInputStream(stdin);
    int code =
        CognitoEventsCli.run(
            args,
            in,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static String fixture(String name) {
    try {
      return Path.of(CognitoEventsCliTest.class.getResource(name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String fixtureText(String name) {
    try {
      return Files.readString(Path.of(fixture(name)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Nested
  class Usage {

    @Test
    void printsUsageOnStandardErrorWithExitTwoWithoutArguments() {
      Run run = run();

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .contains(
              "a command is required",
              "Usage:",
              "validate",
              "test",
              "conformance",
              "inspect",
              "live-verify");
    }

    @Test
    void printsHelpOnStandardOutputWithExitZero() {
      for (String help : List.of("--help", "-h")) {
        Run run = run(help);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Usage: cognito-events").contains("Exit codes:");
      }
    }

    @Test
    void everyCommandHasHelpOnStandardOutputWithExitZero() {
      for (String command : List.of("validate", "test", "conformance", "inspect", "live-verify")) {
        Run run = run(command, "--help");

        assertThat(run.exitCode()).as(command).isZero();
        assertThat(run.err()).as(command).isEmpty();
        assertThat(run.out()).as(command).startsWith("Usage: cognito-events " + command);
      }
    }

    @Test
    void printsTheVersionWithExitZero() {
      Run run = run("--version");

      assertThat(run.exitCode()).isZero();
      assertThat(run.outLines().get(0)).matches("cognito-events \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void writesABashCompletionScript() {
      Run run = run("generate-completion");

      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).contains("complete -F", "cognito-events", "conformance");
    }

    @Test
    void rejectsAnUnknownCommandNamingIt() {
      Run run = run("frobnicate", "x.json");

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("unknown command: frobnicate", "--help");
    }

    @Test
    void rejectsWrongArgumentCountsForEveryCommand() {
      assertThat(run("validate").exitCode()).isEqualTo(2);
      assertThat(run("validate", "a.json", "b.json").exitCode()).isEqualTo(2);
      assertThat(run("test", fixture("seed-rule.json")).exitCode()).isEqualTo(2);
      assertThat(run("conformance").exitCode()).isEqualTo(2);
      assertThat(run("inspect").exitCode()).isEqualTo(2);
      assertThat(run("live-verify", "--cases").exitCode()).isEqualTo(2);
      assertThat(run("live-verify", "surplus").exitCode()).isEqualTo(2);
    }
  }

  @Nested
  class Validate {

    @Test
    void acceptsAValidPatternWithExitZero() {
      Run run = run("validate", fixture("seed-rule.json"));

      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).isEqualToIgnoringNewLines("valid");
      assertThat(run.err()).isEmpty();
    }

    @Test
    void rejectsAnEmptyArrayWithAwsMessageAndExitOne() {
      Run run = run("validate", fixture("empty-array-pattern.json"));

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.outLines()).first().isEqualTo(EMPTY_ARRAY_MESSAGE);
      assertThat(run.err()).isEmpty();
    }

    @Test
    void rejectsMalformedJsonWithAwsStyleMessage() {
      Run run = run("validate", fixture("not-json.txt"));

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.outLines()).first().asString().startsWith("Event pattern is not valid.");
    }

    @Test
    void readsThePatternFromStandardInputForDash() {
      Run run = runWithInput(fixtureText("empty-array-pattern.json"), "validate", "-");

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.outLines()).first().isEqualTo(EMPTY_ARRAY_MESSAGE);
    }

    @Test
    void reportsAMissingFileOnStandardErrorWithExitTwo() {
      Run run = run("validate", "no/such/pattern.json");

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains("no/such/pattern.json", "no such file");
    }

    @Test
    void reportsBytesThatAreNotUtf8AsBadInput() {
      Run run = runWithInput(new byte[] {'{', (byte) 0xC3, '}'}, "validate", "-");

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("<stdin>", "not UTF-8");
    }

    @Test
    void ignoresAByteOrderMark(@TempDir Path dir) throws IOException {
      Path pattern = dir.resolve("bom.json");
      Files.writeString(pattern, "\uFEFF" + fixtureText("seed-rule.json"), StandardCharsets.UTF_8);

      Run run = run("validate", pattern.toString());

      assertThat(run.exitCode()).isZero();
    }
  }

  @Nested
  class TestCommand {

    @Test
    void reportsAMatchWithExplanationAndExitZero() {
      String event = fixture("delete-user-pool-client.json");

      Run run = run("test", fixture("seed-rule.json"), event);

      assertThat(run.exitCode()).isZero();
      assertThat(run.outLines()).first().isEqualTo(event + ": MATCH");
      assertThat(run.outLines()).hasSizeGreaterThan(1);
      assertThat(run.out()).contains("eventName");
      assertThat(run.err()).isEmpty();
    }

    @Test
    void reportsANoMatchWithExplanationAndExitOne() {
      String event = fixture("create-user-pool.json");

      Run run = run("test", fixture("seed-rule.json"), event);

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.outLines()).first().isEqualTo(event + ": NO MATCH");
      assertThat(run.out()).contains("eventName", "CreateUserPool");
    }

    @Test
    void reportsEveryEventAndExitsOneWhenAnyDoesNotMatch() {
      String match = fixture("delete-user-pool-client.json");
      String noMatch = fixture("create-user-pool.json");

      Run run = run("test", fixture("seed-rule.json"), match, noMatch);

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.outLines()).contains(match + ": MATCH", noMatch + ": NO MATCH");
    }

    @Test
    void treatsAnInvalidPatternAsBadInputWithAwsMessage() {
      Run run =
          run("test", fixture("empty-array-pattern.json"), fixture("delete-user-pool-client.json"));

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains(EMPTY_ARRAY_MESSAGE);
    }

    @Test
    void treatsAnEventWithoutTheEnvelopeFieldsAsBadInputWithAwsMessage() {
      String invalid = fixture("missing-envelope-fields.json");

      Run run = run("test", fixture("seed-rule.json"), invalid);

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains(invalid + ": " + INVALID_EVENT_MESSAGE);
    }

    @Test
    void treatsAnEventThatIsNotJsonAsBadInput() {
      Run run = run("test", fixture("seed-rule.json"), fixture("not-json.txt"));

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains(INVALID_EVENT_MESSAGE);
    }

    @Test
    void badInputWinsOverMatchesButTheOtherEventsAreStillReported() {
      String match = fixture("delete-user-pool-client.json");

      Run run = run("test", fixture("seed-rule.json"), match, "missing-event.json");

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.outLines()).contains(match + ": MATCH");
      assertThat(run.err()).contains("missing-event.json");
    }

    @Test
    void readsAnEventFromStandardInputForDash() {
      Run run =
          runWithInput(
              fixtureText("delete-user-pool-client.json"), "test", fixture("seed-rule.json"), "-");

      assertThat(run.exitCode()).isZero();
      assertThat(run.outLines()).first().isEqualTo("<stdin>: MATCH");
    }
  }

  @Nested
  class Conformance {

    @Test
    void passesEveryCaseOfASmallCorpus() {
      Run run = run("conformance", fixture("passing-corpus.jsonl"));

      assertThat(run.exitCode()).isZero();
      assertThat(run.outLines()).containsExactly("4 passed, 0 failed");
    }

    @Test
    void printsEachFailingCaseWithBothVerdictsAndTheSummaryLast() {
      Run run = run("conformance", fixture("failing-corpus.jsonl"));

      // Line 5 is not a corpus case: bad input wins over the failures, which are still reported.
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.out())
          .contains(
              "FAIL wrongly_expects_no_match (line 1)",
              "expected: NO MATCH",
              "actual:   MATCH",
              "FAIL wrong_message (line 3)",
              "expected: INVALID InvalidEventPatternException: Event pattern is not valid. Reason:"
                  + " something else",
              "actual:   INVALID InvalidEventPatternException: " + EMPTY_ARRAY_MESSAGE);
      assertThat(run.err())
          .contains(
              "failing-corpus.jsonl:5: not a corpus case: field \"event\" must be a string, was"
                  + " NUMBER");
      assertThat(run.out()).doesNotContain("numeric_no_match");
      assertThat(run.lastOutLine()).isEqualTo("1 passed, 2 failed");
    }

    @Test
    void reportsAMissingCorpusAsBadInput() {
      Run run = run("conformance", "no-such-corpus.jsonl");

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("no-such-corpus.jsonl");
    }

    @Test
    void passesTheRecordedTestEventPatternCorpus() {
      Path corpus = SharedData.conformanceCorpus();

      Run run = run("conformance", corpus.toString());

      assertThat(run.lastOutLine()).isEqualTo("176 passed, 0 failed");
      assertThat(run.outLines()).hasSize(1);
      assertThat(run.exitCode()).isZero();
    }
  }

  @Nested
  class Inspect {

    @Test
    void namesTheRecordTypeAndEventNameOfACloudTrailEvent() {
      String event = fixture("delete-user-pool-client.json");

      Run run = run("inspect", event);

      assertThat(run.exitCode()).isZero();
      assertThat(run.outLines())
          .singleElement()
          .asString()
          .startsWith(event + ": ")
          .endsWith(" DeleteUserPoolClient");
    }

    @Test
    void namesTheRecordTypeAndTriggerSourceOfATriggerEvent() {
      String event = fixture("pre-sign-up.json");

      Run run = run("inspect", event);

      assertThat(run.exitCode()).isZero();
      assertThat(run.outLines())
          .singleElement()
          .asString()
          .startsWith(event + ": ")
          .endsWith(" PreSignUp_SignUp");
    }

    @Test
    void neverPrintsAPassword() {
      Run run = run("inspect", fixture("user-migration.json"));

      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).contains("UserMigration_Authentication");
      assertThat(run.out() + run.err()).doesNotContain("Sup3r-Secret-Passw0rd!");
    }

    @Test
    void printsOneLinePerFile() {
      List<String> files =
          Arrays.asList(
              fixture("delete-user-pool-client.json"),
              fixture("pre-sign-up.json"),
              fixture("create-user-pool.json"));

      Run run = run(concat("inspect", files));

      assertThat(run.exitCode()).isZero();
      assertThat(run.outLines()).hasSize(3);
      for (int i = 0; i < files.size(); i++) {
        assertThat(run.outLines().get(i)).startsWith(files.get(i) + ": ");
      }
    }

    @Test
    void recognisesEveryPublishedTriggerAndCloudTrailFixture() throws IOException {
      List<String> files = new java.util.ArrayList<>();
      for (Path dir : List.of(SharedData.triggerFixtures(), SharedData.cloudTrailFixtures())) {
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
          walk.filter(path -> path.toString().endsWith(".json"))
              .map(Path::toString)
              .sorted()
              .forEach(files::add);
        }
      }

      Run run = run(concat("inspect", files));

      assertThat(files).hasSizeGreaterThan(50);
      assertThat(run.err()).isEmpty();
      assertThat(run.exitCode()).isZero();
      assertThat(run.outLines()).hasSameSizeAs(files);
      assertThat(run.outLines()).allSatisfy(line -> assertThat(line).matches("\\S+: \\S+ \\S+"));
    }

    @Test
    void exitsTwoWhenAFileIsNotARecognisableEventButReportsTheOthers() {
      String good = fixture("pre-sign-up.json");
      String bad = fixture("not-an-event.json");

      Run run = run("inspect", good, bad);

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.outLines()).singleElement().asString().startsWith(good + ": ");
      assertThat(run.err()).contains(bad + ": not a recognisable event");
    }

    @Test
    void exitsTwoForTextThatIsNotJson() {
      Run run = run("inspect", fixture("not-json.txt"));

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("not-json.txt");
    }

    @Test
    void readsAnEventFromStandardInputForDash() {
      Run run = runWithInput(fixtureText("pre-sign-up.json"), "inspect", "-");

      assertThat(run.exitCode()).isZero();
      assertThat(run.outLines())
          .singleElement()
          .asString()
          .startsWith("<stdin>: ")
          .endsWith(" PreSignUp_SignUp");
    }

    private String[] concat(String first, List<String> rest) {
      String[] all = new String[rest.size() + 1];
      all[0] = first;
      for (int i = 0; i < rest.size(); i++) {
        all[i + 1] = rest.get(i);
      }
      return all;
    }
  }

  @Nested
  class InputLimitsAndDirectories {

    @Test
    void refusesAThreeGigabyteSparseFileWithOneLineAndExitTwo(@TempDir Path dir)
        throws IOException {
      Path huge = dir.resolve("huge.json");
      try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
        file.setLength(3L * 1024 * 1024 * 1024);
      }

      for (String command : List.of("validate", "inspect")) {
        Run run = run(command, huge.toString());

        assertThat(run.exitCode()).as(command).isEqualTo(2);
        assertThat(run.err().lines().toList())
            .as(command)
            .containsExactly(huge + ": too large (3.0 GiB; the limit is 64 MiB)");
      }
    }

    @Test
    void refusesAnEndlessDeviceWithOneLineAndExitTwo() {
      Path zero = Path.of("/dev/zero");
      assumeTrue(Files.isReadable(zero), "no /dev/zero on this system");

      Run run = run("validate", zero.toString());

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err().lines().toList())
          .containsExactly("/dev/zero: too large (more than the limit of 64 MiB)");
    }

    @Test
    void refusesEndlessStandardInputWithExitTwo() {
      InputStream endless =
          new InputStream() {
            @Override
            public int read() {
              return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
              Arrays.fill(b, off, off + len, (byte) ' ');
              return len;
            }
          };
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();

      int code =
          CognitoEventsCli.run(
              new String[] {"validate", "-"},
              endless,
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));

      assertThat(code).isEqualTo(2);
      assertThat(err.toString(StandardCharsets.UTF_8))
          .isEqualToIgnoringNewLines("<stdin>: too large (more than the limit of 64 MiB)");
    }

    @Test
    void readsTheEventFilesOfADirectoryRecursivelyInPathOrder(@TempDir Path dir)
        throws IOException {
      Path nested = Files.createDirectories(dir.resolve("b"));
      Files.writeString(dir.resolve("a.json"), fixtureText("delete-user-pool-client.json"));
      Files.writeString(nested.resolve("c.json"), fixtureText("create-user-pool.json"));
      Files.writeString(dir.resolve("notes.txt"), "not an event");
      Files.createDirectories(dir.resolve(".hidden"));
      Files.writeString(dir.resolve(".hidden").resolve("d.json"), "not read");

      Run test = run("test", fixture("seed-rule.json"), dir.toString());
      Run inspect = run("inspect", dir.toString());

      assertThat(test.exitCode()).isEqualTo(1);
      assertThat(test.outLines())
          .contains(dir.resolve("a.json") + ": MATCH", nested.resolve("c.json") + ": NO MATCH");
      assertThat(inspect.exitCode()).isZero();
      assertThat(inspect.outLines())
          .hasSize(2)
          .satisfiesExactly(
              line -> assertThat(line).startsWith(dir.resolve("a.json") + ": "),
              line -> assertThat(line).startsWith(nested.resolve("c.json") + ": "));
    }

    @Test
    void reportsADirectoryWithoutEventFilesAsBadInput(@TempDir Path dir) {
      Run run = run("inspect", dir.toString());

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains(dir + ": the directory holds no .json file");
    }

    @Test
    void refusesADirectoryWhereOneFileIsExpected(@TempDir Path dir) {
      Run run = run("validate", dir.toString());

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains(dir + ": is a directory");
    }

    @Test
    void reportsAnEmptyCorpusAsBadInput(@TempDir Path dir) throws IOException {
      Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n");

      Run run = run("conformance", empty.toString());

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("no corpus case found");
    }

    @Test
    void reportsAFileThatIsNotACorpusAsBadInput() {
      Run run = run("conformance", fixture("seed-rule.json"));

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("seed-rule.json:1: not a corpus case");
    }

    @Test
    void runsEveryCorpusOfADirectory(@TempDir Path dir) throws IOException {
      Files.writeString(dir.resolve("one.jsonl"), fixtureText("passing-corpus.jsonl"));
      Files.writeString(dir.resolve("two.jsonl"), fixtureText("passing-corpus.jsonl"));

      Run run = run("conformance", dir.toString());

      assertThat(run.exitCode()).isZero();
      assertThat(run.outLines()).containsExactly("8 passed, 0 failed");
    }
  }
}
