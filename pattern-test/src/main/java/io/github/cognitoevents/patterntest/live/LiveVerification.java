package io.github.cognitoevents.patterntest.live;

import io.github.cognitoevents.patterntest.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of a {@link LiveVerifier} run: AWS's and the local verdict for every answered case,
 * the cases left unanswered when the run stopped early, and why.
 *
 * <p>Cases are answered in order, so {@code answered().get(i)} belongs to {@code cases().get(i)}
 * and the unanswered cases are the rest.
 *
 * @param cases every case of the run, in order
 * @param answered the comparisons obtained, one per case from the first
 * @param stopReason why the run stopped early (names the case and the failure, never a payload), or
 *     {@code null} when every case was answered
 * @param stoppedBy the failure that stopped it, or {@code null} (complete, or interrupted)
 * @param retries how many calls were retried in all
 * @param settings the verifier's pace and retry settings, for reports
 */
public record LiveVerification(
    List<LiveCase> cases,
    List<LiveComparison> answered,
    String stopReason,
    LiveCheckException stoppedBy,
    int retries,
    String settings) {

  /**
   * Checks and copies the lists.
   *
   * @throws IllegalArgumentException if there are more answers than cases, or an answer is not for
   *     the case at its position
   */
  public LiveVerification {
    cases = List.copyOf(cases);
    answered = List.copyOf(answered);
    Objects.requireNonNull(settings, "settings");
    if (answered.size() > cases.size()) {
      throw new IllegalArgumentException(
          answered.size() + " answers for " + cases.size() + " cases");
    }
    for (int i = 0; i < answered.size(); i++) {
      if (!answered.get(i).name().equals(cases.get(i).name())) {
        throw new IllegalArgumentException(
            "answer " + (i + 1) + " is for " + answered.get(i).name() + ", not " + cases.get(i));
      }
    }
    if ((stopReason == null) != (answered.size() == cases.size())) {
      throw new IllegalArgumentException("a stop reason is given exactly when cases are left");
    }
  }

  /**
   * Whether every case was answered.
   *
   * @return {@code true} if the run did not stop early
   */
  public boolean complete() {
    return stopReason == null;
  }

  /**
   * The cases not answered because the run stopped early.
   *
   * @return the cases after the last answered one
   */
  public List<LiveCase> unanswered() {
    return cases.subList(answered.size(), cases.size());
  }

  /**
   * The answered cases where AWS and the local matcher differ.
   *
   * @return those comparisons, in order
   */
  public List<LiveComparison> disagreements() {
    return answered.stream().filter(c -> !c.agrees()).toList();
  }

  /**
   * The answered cases where AWS did not give the verdict the case expected.
   *
   * @return those comparisons, in order (none when no case had an expectation)
   */
  public List<LiveComparison> unexpected() {
    return answered.stream().filter(c -> !c.liveAsExpected()).toList();
  }

  /**
   * The answered cases as corpus lines: {@code expected} is AWS's verdict, {@code origin} the given
   * one.
   *
   * @param origin the origin of every line, e.g. {@link Provenance#origin()}
   * @return one line per answered case, in order
   */
  public List<CorpusCase> recorded(String origin) {
    Objects.requireNonNull(origin, "origin");
    List<CorpusCase> lines = new ArrayList<>();
    for (int i = 0; i < answered.size(); i++) {
      LiveCase c = cases.get(i);
      lines.add(
          new CorpusCase(c.name(), c.event(), c.pattern(), answered.get(i).live(), origin, null));
    }
    return List.copyOf(lines);
  }

  /**
   * A Markdown report: the provenance, where AWS and the local matcher differ, where AWS did not
   * answer as expected, for cases of the {@link OpenQuestions catalogue} the question each settles,
   * and what was left unanswered. It never shows an event or a pattern, only case names and
   * verdicts.
   *
   * @param provenance who, when, where, with what
   * @return the report, ending with a line break
   */
  public String report(Provenance provenance) {
    Objects.requireNonNull(provenance, "provenance");
    StringBuilder out = new StringBuilder();
    out.append("# TestEventPattern answers recorded live\n\n");
    out.append("- Recorded by: ")
        .append(
            provenance.recordedBy() == null
                ? "(fill in: your name or GitHub handle)"
                : provenance.recordedBy())
        .append('\n');
    out.append("- Date: ").append(provenance.recordedAt()).append('\n');
    out.append("- Region: ").append(provenance.region()).append('\n');
    out.append("- Tool: ")
        .append(provenance.tool())
        .append(" (")
        .append(provenance.command())
        .append("), Java ")
        .append(Runtime.version())
        .append('\n');
    out.append("- Cases: ").append(provenance.cases()).append('\n');
    out.append("- Answered: ")
        .append(answered.size())
        .append(" of ")
        .append(cases.size())
        .append("; calls retried: ")
        .append(retries)
        .append(" (")
        .append(settings)
        .append(")\n");

    List<LiveComparison> differ = disagreements();
    out.append("\n## Where AWS and the local matcher differ (")
        .append(differ.size())
        .append(")\n\n");
    if (differ.isEmpty()) {
      out.append("Nowhere: the local matcher gave AWS's answer for every answered case.\n");
    } else {
      out.append("| case | local matcher | AWS |\n| --- | --- | --- |\n");
      for (LiveComparison c : differ) {
        row(out, c.name(), describe(c.local()), describe(c.live()));
      }
    }

    List<LiveComparison> unexpected = unexpected();
    if (!unexpected.isEmpty()) {
      out.append("\n## Where AWS did not answer as the case expected (")
          .append(unexpected.size())
          .append(")\n\n| case | expected | AWS |\n| --- | --- | --- |\n");
      for (LiveComparison c : unexpected) {
        row(out, c.name(), describe(c.expected()), describe(c.live()));
      }
    }

    Map<String, List<Integer>> byTopic = new LinkedHashMap<>();
    for (int i = 0; i < answered.size(); i++) {
      int index = i;
      OpenQuestions.named(answered.get(i).name())
          .filter(q -> q.event().equals(cases.get(index).event()))
          .filter(q -> q.pattern().equals(cases.get(index).pattern()))
          .ifPresent(q -> byTopic.computeIfAbsent(q.topic(), t -> new ArrayList<>()).add(index));
    }
    if (!byTopic.isEmpty()) {
      out.append("\n## Open questions and AWS's answers\n");
      for (Map.Entry<String, List<Integer>> topic : byTopic.entrySet()) {
        out.append("\n### ").append(topic.getKey()).append("\n\n");
        OpenQuestion first =
            OpenQuestions.named(answered.get(topic.getValue().get(0)).name()).orElseThrow();
        out.append("See the ").append(first.reference()).append(".\n\n");
        out.append("| case | today | event-ruler 2.1.0 | AWS |\n| --- | --- | --- | --- |\n");
        for (int index : topic.getValue()) {
          OpenQuestion q = OpenQuestions.named(answered.get(index).name()).orElseThrow();
          row(
              out,
              q.name(),
              describe(answered.get(index).local()),
              q.eventRuler(),
              describe(answered.get(index).live()));
        }
      }
    }

    if (!complete()) {
      out.append("\n## Not answered (").append(unanswered().size()).append(")\n\n");
      out.append("The run ").append(stopReason).append(".\nNot answered: ");
      List<String> names = unanswered().stream().map(LiveCase::name).toList();
      out.append(String.join(", ", names)).append(".\n");
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String... cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(cell.replace("|", "\\|").replace("\n", " ")).append(" |");
    }
    out.append('\n');
  }

  private static String describe(Verdict v) {
    switch (v.kind()) {
      case MATCH:
        return "match";
      case NO_MATCH:
        return "no-match";
      default:
        return "invalid: " + v.errorCode() + ": " + v.firstMessageLine();
    }
  }
}
