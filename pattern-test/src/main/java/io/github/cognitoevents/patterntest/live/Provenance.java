package io.github.cognitoevents.patterntest.live;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Where a recorded corpus comes from: which command and tool asked AWS, in which region, when, for
 * whom, and which cases. It becomes the {@code origin} of every recorded line and the head of the
 * report that travels with the file.
 *
 * <pre>{@code
 * Provenance p = new Provenance("live-verify", "cognito-events-cli 0.1.0", check.region(),
 *     Instant.now(), "octocat", "the catalogue of open questions (71 cases)");
 * p.origin(); // "live-verify, cognito-events-cli 0.1.0, eu-west-1, 2026-12-05T10:11:12Z"
 * }</pre>
 *
 * @param command the command that recorded, e.g. {@code live-verify}
 * @param tool the tool and its version, e.g. {@code cognito-events-cli 0.1.0}
 * @param region the AWS region asked, e.g. {@code eu-west-1}
 * @param recordedAt when (kept to the second)
 * @param recordedBy who recorded, as they want to be named, or {@code null} when not given
 * @param cases what was sent, e.g. {@code my-rules.jsonl (12 cases)}
 */
public record Provenance(
    String command,
    String tool,
    String region,
    Instant recordedAt,
    String recordedBy,
    String cases) {

  /**
   * Checks the fields and drops the fraction of a second.
   *
   * @throws NullPointerException if a field other than {@code recordedBy} is null
   */
  public Provenance {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(region, "region");
    recordedAt = Objects.requireNonNull(recordedAt, "recordedAt").truncatedTo(ChronoUnit.SECONDS);
    Objects.requireNonNull(cases, "cases");
  }

  /**
   * The {@code origin} of a recorded line: command, tool, region and time.
   *
   * @return e.g. {@code live-verify, cognito-events-cli 0.1.0, eu-west-1, 2026-12-05T10:11:12Z}
   */
  public String origin() {
    return command + ", " + tool + ", " + region + ", " + recordedAt;
  }
}
