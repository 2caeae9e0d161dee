package io.github.cognitoevents.model.cloudtrail;

import io.github.cognitoevents.model.EventParseException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;

/**
 * Reads the timestamps inside CloudTrail's {@code requestParameters} and {@code responseElements}.
 * The records keep them as the text CloudTrail wrote, which for Cognito is not one format: ISO-8601
 * ({@code 2026-11-20T07:58:11Z}), epoch seconds, or the service's own rendering of a date in UTC
 * ({@code Nov 20, 2026 9:15:02 AM}, also with a comma after the year and a narrow no-break space
 * before the AM/PM marker, as newer JDKs write it). The generated records offer each timestamp
 * member as an {@link Instant} too ({@code lastModifiedDateInstant()}), read here.
 */
public final class CloudTrailTimestamps {

  private static final DateTimeFormatter SERVICE_FORMAT =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("MMM d, yyyy")
          .optionalStart()
          .appendLiteral(',')
          .optionalEnd()
          .appendLiteral(' ')
          .appendPattern("h:mm:ss a")
          .toFormatter(Locale.US);

  private CloudTrailTimestamps() {}

  /**
   * The instant a timestamp member denotes.
   *
   * @param text the member's text as CloudTrail wrote it, may be {@code null}
   * @param member the member's JSON name, for the message
   * @return the instant, or {@code null} when the text is {@code null}
   * @throws EventParseException when the text is none of the formats above (the message names the
   *     member, not the text)
   */
  public static Instant parse(String text, String member) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    try {
      if (!t.isEmpty()
          && (Character.isDigit(t.charAt(0)) || t.charAt(0) == '-')
          && t.chars()
              .allMatch(
                  c ->
                      Character.isDigit(c)
                          || c == '.'
                          || c == '-'
                          || c == 'E'
                          || c == 'e'
                          || c == '+')) {
        BigDecimal seconds = new BigDecimal(t);
        return Instant.ofEpochSecond(
            seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
      }
      if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
        return OffsetDateTime.parse(t).toInstant();
      }
      return LocalDateTime.parse(t.replace('\u202f', ' '), SERVICE_FORMAT)
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeException | NumberFormatException | ArithmeticException e) {
      throw new EventParseException(
          "",
          "member '"
              + member
              + "' is not a timestamp CloudTrail writes (ISO-8601, epoch seconds or"
              + " 'MMM d, yyyy h:mm:ss AM')");
    }
  }
}
