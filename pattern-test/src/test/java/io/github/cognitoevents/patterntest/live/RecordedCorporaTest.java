package io.github.cognitoevents.patterntest.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitoevents.patterntest.TestEventPattern;
import io.github.cognitoevents.patterntest.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Holds the matcher to every answer recorded from the real {@code TestEventPattern} API in {@code
 * pattern-test/recorded} (see its README): each {@code NAME.jsonl} needs its provenance {@code
 * NAME.md}, and every line's recorded verdict must be the matcher's. A failure names the file, the
 * line and the case.
 */
class RecordedCorporaTest {

  /** System property naming the folder; by default {@code recorded} in the module directory. */
  static final String PROPERTY = "cognitoevents.recorded";

  private static final Pattern PROVENANCE_LINE =
      Pattern.compile("^- (Recorded by|Date|Region|Tool):[ \\t]*(.*)$", Pattern.MULTILINE);

  private static final List<String> PROVENANCE_KEYS =
      List.of("Recorded by", "Date", "Region", "Tool");

  @Test
  void theMatcherGivesEveryRecordedAnswer() {
    Path folder = recordedFolder();
    List<Path> corpora = corpora(folder);
    Assumptions.assumeFalse(
        corpora.isEmpty(),
        folder + " holds no recorded corpus yet; its README says how to add one");

    List<String> problems = problems(folder);

    assertThat(problems)
        .as("recorded TestEventPattern answers the matcher does not give (AWS wins)")
        .isEmpty();
  }

  @Test
  void acceptsACorpusWhoseAnswersTheMatcherGives() {
    assertThat(problems(fixture("agreeing"))).isEmpty();
  }

  @Test
  void namesEveryCaseWhereTheRecordedAnswerIsNotTheMatchers() {
    assertThat(problems(fixture("disagreeing")))
        .containsExactly(
            "replayed.jsonl line 2, number spelling: recorded no-match (live-verify, test fixture"
                + " written by hand for RecordedCorporaTest (not AWS), eu-west-1,"
                + " 2026-12-05T10:11:12Z), the matcher answers match",
            "replayed.jsonl line 4, empty array: recorded invalid: InvalidEventPatternException:"
                + " Event pattern is not valid. Reason: something else (live-verify, test fixture"
                + " written by hand for RecordedCorporaTest (not AWS), eu-west-1,"
                + " 2026-12-05T10:11:12Z), the matcher answers invalid:"
                + " InvalidEventPatternException: Event pattern is not valid. Reason: Empty arrays"
                + " are not allowed");
  }

  @Test
  void requiresTheProvenanceBesideEachCorpus() {
    assertThat(problems(fixture("without-provenance")))
        .containsExactly(
            "replayed.jsonl: no provenance: replayed.md is missing (live-verify writes it beside"
                + " the corpus)");
    assertThat(problems(fixture("unfilled-provenance")))
        .containsExactly(
            "replayed.jsonl: replayed.md does not say who recorded it (- Recorded by: ...)",
            "replayed.jsonl: replayed.md does not say the region (- Region: ...)");
  }

  /** Everything wrong with the corpora of a folder: provenance, format, and answers. */
  static List<String> problems(Path folder) {
    List<String> problems = new ArrayList<>();
    for (Path corpus : corpora(folder)) {
      String label = folder.relativize(corpus).toString();
      problems.addAll(provenanceProblems(corpus, label));
      List<CorpusCase> cases;
      try {
        cases = ConformanceCorpus.read(corpus);
      } catch (LiveCaseFormatException | UncheckedIOException e) {
        problems.add(label + ": not a corpus: " + e.getMessage());
        continue;
      }
      List<String> lines = nonBlankLineNumbers(corpus);
      for (int i = 0; i < cases.size(); i++) {
        CorpusCase c = cases.get(i);
        String where = label + " line " + lines.get(i) + ", " + c.name();
        if (c.expected() == null || c.origin() == null) {
          problems.add(where + ": a recorded line needs expected and origin");
          continue;
        }
        Verdict matcher = TestEventPattern.test(c.event(), c.pattern());
        if (!LiveComparison.same(c.expected(), matcher)) {
          problems.add(
              where
                  + ": recorded "
                  + describe(c.expected())
                  + " ("
                  + c.origin()
                  + "), the matcher answers "
                  + describe(matcher));
        }
      }
    }
    return problems;
  }

  private static List<String> provenanceProblems(Path corpus, String label) {
    String stem = corpus.getFileName().toString().replaceFirst("\\.jsonl$", "");
    Path sidecar = corpus.resolveSibling(stem + ".md");
    if (!Files.isRegularFile(sidecar)) {
      return List.of(
          label
              + ": no provenance: "
              + sidecar.getFileName()
              + " is missing (live-verify writes it beside the corpus)");
    }
    String text;
    try {
      text = Files.readString(sidecar, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> problems = new ArrayList<>();
    for (String key : PROVENANCE_KEYS) {
      String value = null;
      Matcher m = PROVENANCE_LINE.matcher(text);
      while (m.find()) {
        if (m.group(1).equals(key)) {
          value = m.group(2).strip();
          break;
        }
      }
      if (value == null || value.isEmpty() || value.startsWith("(fill in")) {
        String what =
            switch (key) {
              case "Recorded by" -> "who recorded it";
              case "Date" -> "when";
              case "Region" -> "the region";
              default -> "with which tool";
            };
        problems.add(
            label
                + ": "
                + sidecar.getFileName()
                + " does not say "
                + what
                + " (- "
                + key
                + ": ...)");
      }
    }
    return problems;
  }

  private static List<String> nonBlankLineNumbers(Path corpus) {
    try {
      List<String> all = Files.readAllLines(corpus, StandardCharsets.UTF_8);
      List<String> numbers = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        if (!all.get(i).isBlank()) {
          numbers.add(Integer.toString(i + 1));
        }
      }
      return numbers;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(Verdict v) {
    return switch (v.kind()) {
      case MATCH -> "match";
      case NO_MATCH -> "no-match";
      case INVALID -> "invalid: " + v.errorCode() + ": " + v.firstMessageLine();
    };
  }

  static List<Path> corpora(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".jsonl"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path recordedFolder() {
    String configured = System.getProperty(PROPERTY);
    Path folder =
        configured != null
            ? Path.of(configured)
            : Stream.of(Path.of("recorded"), Path.of("pattern-test", "recorded"))
                .filter(p -> Files.isRegularFile(p.resolve("README.md")))
                .findFirst()
                .orElse(Path.of("recorded"));
    assertThat(folder.resolve("README.md"))
        .as("the recorded corpora folder (set -D" + PROPERTY + ")")
        .isRegularFile();
    return folder;
  }

  static Path fixture(String name) {
    try {
      return Path.of(
          RecordedCorporaTest.class
              .getResource("/io/github/cognitoevents/patterntest/live/recorded-fixtures/" + name)
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
