package io.github.cognitoevents.samples.usersync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.github.cognitoevents.model.triggermesh.TriggerMeshEvent;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MFAOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/**
 * System 4's source: TriggerMesh's "Amazon Cognito User Pool" event source in Java. It polls {@code
 * ListUsers} (all pages) and emits one CloudEvent of type {@value TriggerMeshEvent#TYPE} per user
 * created or changed since the previous poll, as TriggerMesh's adapter does: {@code source} the
 * pool ARN, {@code subject} the pool id, {@code datacontenttype application/json}, {@code data} the
 * user in the JSON shape of the Go SDK's {@code UserType} (see {@link #userJson(UserType)}).
 *
 * <p>Change detection uses {@code UserLastModifiedDate}. The state is bounded: a high-water mark
 * (the newest modification time seen) and the names of the users modified at exactly that instant,
 * so that users modified in the same instant as the mark but listed later are not lost (TriggerMesh
 * keeps the mark only, so it loses them; cognito-local's dates have whole seconds, which makes this
 * common). A user modified twice within one instant of the clock is seen once; deletions are not
 * reported (TriggerMesh's limits too).
 *
 * <p>Differences from TriggerMesh's adapter, each deliberate: every page of {@code ListUsers} is
 * read (TriggerMesh reads the first, at most 60 users); a refused event stops the poll and is sent
 * again by the next one (at-least-once; TriggerMesh logs and drops it); {@link StartAt#BEGINNING}
 * can emit the existing users at the first poll (TriggerMesh's behaviour is {@link StartAt#NOW}).
 * The poll interval is TriggerMesh's: 1 s, doubling while nothing changes, up to 32 s ({@link
 * #nextDelay(Duration, int)}).
 *
 * <pre>{@code
 * UserPoolSource source = new UserPoolSource(cognito,
 *     "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_EXAMPLE",
 *     new HttpCloudEventSender(URI.create("http://broker/default"), Mode.BINARY),
 *     UserPoolSource.StartAt.NOW, 60);
 * int sent = source.poll();
 * }</pre>
 */
public final class UserPoolSource {

  /** What the first poll does. */
  public enum StartAt {
    /** Remember the users as they are and emit nothing (TriggerMesh's behaviour). */
    NOW,
    /** Emit every existing user. */
    BEGINNING
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ARN =
      Pattern.compile(
          "arn:(aws[a-z-]*):cognito-idp:([a-z0-9-]+):(\\d{12}|[a-z]+):userpool/([^/]+)");
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
  private static final Duration MIN_DELAY = Duration.ofSeconds(1);
  private static final Duration MAX_DELAY = Duration.ofSeconds(32);

  private final CognitoIdentityProviderClient cognito;
  private final String userPoolArn;
  private final String userPoolId;
  private final CloudEventSink sink;
  private final StartAt startAt;
  private final int pageSize;

  private boolean described;
  private boolean started;
  private Instant mark;
  private final Set<String> atMark = new HashSet<>();
  private int lastPages;

  /**
   * A source.
   *
   * @param cognito the client ({@code cognito-idp:DescribeUserPool} and {@code
   *     cognito-idp:ListUsers} permissions)
   * @param userPoolArn {@code arn:aws:cognito-idp:<region>:<account>:userpool/<pool id>}
   * @param sink where the events go
   * @param startAt what the first poll emits
   * @param pageSize users per {@code ListUsers} page, 1 to 60
   * @throws IllegalArgumentException if the ARN is not a user pool's or the page size is out of
   *     range
   */
  public UserPoolSource(
      CognitoIdentityProviderClient cognito,
      String userPoolArn,
      CloudEventSink sink,
      StartAt startAt,
      int pageSize) {
    this.cognito = Objects.requireNonNull(cognito, "cognito");
    this.userPoolArn = Objects.requireNonNull(userPoolArn, "userPoolArn");
    this.userPoolId = userPoolId(userPoolArn);
    this.sink = Objects.requireNonNull(sink, "sink");
    this.startAt = Objects.requireNonNull(startAt, "startAt");
    if (pageSize < 1 || pageSize > 60) {
      throw new IllegalArgumentException("pageSize must be between 1 and 60, not " + pageSize);
    }
    this.pageSize = pageSize;
  }

  /**
   * The pool id of a user pool ARN.
   *
   * @param userPoolArn {@code arn:aws:cognito-idp:<region>:<account>:userpool/<pool id>}
   * @return the pool id
   * @throws IllegalArgumentException if it is not a user pool ARN
   */
  public static String userPoolId(String userPoolArn) {
    Matcher m = ARN.matcher(userPoolArn);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "not a user pool ARN (arn:aws:cognito-idp:<region>:<account>:userpool/<pool id>): "
              + userPoolArn);
    }
    return m.group(4);
  }

  /**
   * One poll: lists every user (all pages), sends an event for each user created or modified since
   * the previous poll, oldest first, and advances the state past each event accepted. The first
   * poll checks the pool with {@code DescribeUserPool}.
   *
   * @return the number of events sent
   * @throws CloudEventDeliveryException if the sink refused an event (the events after it are not
   *     sent; the next poll sends them, and that one, again)
   * @throws software.amazon.awssdk.core.exception.SdkException if Cognito refused a call
   */
  public int poll() {
    if (!described) {
      cognito.describeUserPool(b -> b.userPoolId(userPoolId));
      described = true;
    }
    List<UserType> users = new ArrayList<>();
    int pages = 0;
    for (var page : cognito.listUsersPaginator(b -> b.userPoolId(userPoolId).limit(pageSize))) {
      users.addAll(page.users());
      pages++;
    }
    lastPages = pages;
    if (!started) {
      started = true;
      if (startAt == StartAt.NOW) {
        for (UserType user : users) {
          advance(user);
        }
        return 0;
      }
    }
    List<UserType> changed = new ArrayList<>();
    for (UserType user : users) {
      Instant modified = user.userLastModifiedDate();
      if (mark == null
          || modified == null
          || modified.isAfter(mark)
          || (modified.equals(mark) && !atMark.contains(user.username()))) {
        changed.add(user);
      }
    }
    changed.sort(
        Comparator.comparing(
                UserType::userLastModifiedDate, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(UserType::username));
    for (UserType user : changed) {
      sink.send(event(user));
      advance(user);
    }
    return changed.size();
  }

  private void advance(UserType user) {
    Instant modified = user.userLastModifiedDate();
    if (modified == null) {
      return;
    }
    if (mark == null || modified.isAfter(mark)) {
      mark = modified;
      atMark.clear();
      atMark.add(user.username());
    } else if (modified.equals(mark)) {
      atMark.add(user.username());
    }
  }

  /**
   * The CloudEvent for one user, as TriggerMesh's adapter builds it.
   *
   * @param user the user from {@code ListUsers}
   * @return the event (a new random id)
   */
  public CloudEvent event(UserType user) {
    return CloudEventBuilder.v1()
        .withId(UUID.randomUUID().toString())
        .withType(TriggerMeshEvent.TYPE)
        .withSource(URI.create(userPoolArn))
        .withSubject(userPoolId)
        .withDataContentType("application/json")
        .withData(userJson(user))
        .build();
  }

  /**
   * A user as Go's {@code encoding/json} writes the Go SDK's {@code UserType}: the Go field names
   * in declaration order ({@code Attributes}, {@code Enabled}, {@code MFAOptions}, {@code
   * UserCreateDate}, {@code UserLastModifiedDate}, {@code UserStatus}, {@code Username}), absent
   * members as {@code null}, dates in RFC 3339 with the fraction's trailing zeros trimmed, in UTC.
   *
   * @param user the user
   * @return the JSON bytes
   */
  public static byte[] userJson(UserType user) {
    ObjectNode json = JSON.createObjectNode();
    if (user.hasAttributes()) {
      ArrayNode attributes = json.putArray("Attributes");
      for (AttributeType attribute : user.attributes()) {
        attributes.addObject().put("Name", attribute.name()).put("Value", attribute.value());
      }
    } else {
      json.putNull("Attributes");
    }
    if (user.enabled() == null) {
      json.putNull("Enabled");
    } else {
      json.put("Enabled", user.enabled());
    }
    if (user.hasMfaOptions()) {
      ArrayNode options = json.putArray("MFAOptions");
      for (MFAOptionType option : user.mfaOptions()) {
        options
            .addObject()
            .put("AttributeName", option.attributeName())
            .put("DeliveryMedium", option.deliveryMediumAsString());
      }
    } else {
      json.putNull("MFAOptions");
    }
    json.put("UserCreateDate", goTime(user.userCreateDate()));
    json.put("UserLastModifiedDate", goTime(user.userLastModifiedDate()));
    json.put("UserStatus", user.userStatusAsString());
    json.put("Username", user.username());
    try {
      return JSON.writeValueAsBytes(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a user as JSON", e);
    }
  }

  /**
   * An instant as Go's {@code time.Time} writes itself to JSON in UTC: RFC 3339 with nanoseconds,
   * trailing zeros of the fraction trimmed (no fraction at all for whole seconds).
   *
   * @param instant the instant, or {@code null}
   * @return the text, or {@code null}
   */
  public static String goTime(Instant instant) {
    if (instant == null) {
      return null;
    }
    StringBuilder text =
        new StringBuilder(SECONDS.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)));
    int nanos = instant.getNano();
    if (nanos != 0) {
      String fraction = String.format("%09d", nanos).replaceFirst("0+$", "");
      text.append('.').append(fraction);
    }
    return text.append('Z').toString();
  }

  /**
   * TriggerMesh's poll interval: after a poll that sent events, 1 s; otherwise double the previous
   * delay, at most 32 s.
   *
   * @param previous the previous delay
   * @param sent the events the last poll sent
   * @return the delay before the next poll
   */
  public static Duration nextDelay(Duration previous, int sent) {
    if (sent > 0 || previous == null) {
      return MIN_DELAY;
    }
    Duration doubled = previous.multipliedBy(2);
    return doubled.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : doubled;
  }

  /**
   * The pool id.
   *
   * @return the id from the ARN
   */
  public String userPoolId() {
    return userPoolId;
  }

  /**
   * The number of {@code ListUsers} pages the last poll read.
   *
   * @return the pages
   */
  public int lastPages() {
    return lastPages;
  }

  /**
   * The high-water mark: the newest {@code UserLastModifiedDate} sent or remembered.
   *
   * @return the mark, or {@code null} before the first poll
   */
  public Instant mark() {
    return mark;
  }

  /**
   * How many users the state remembers (those modified exactly at {@link #mark()}).
   *
   * @return the size of the bounded state
   */
  public int rememberedUsers() {
    return atMark.size();
  }
}
