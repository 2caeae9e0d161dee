package io.github.cognitoevents.pattern;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.github.cognitoevents.pattern.internal.Keywords;
import java.util.Arrays;
import java.util.List;

/**
 * Renders patterns as JSON, compact ({@code {"a":["x"]}}) or pretty (two-space indented objects,
 * match lists on one line). Key order and number text are kept as written. The structure is walked
 * with {@link Structure#walk}, so any depth renders; conditions are dispatched with {@link
 * ConditionVisitor}.
 */
final class Renderer implements PatternVisitor, ConditionVisitor<Void> {

  private static final int OBJECT = 0;
  private static final int FIELD = 1;
  private static final int OR = 2;

  private final StringBuilder out = new StringBuilder();
  private final boolean pretty;

  // the open containers: kind, indent, members or branches written so far
  private int[] kind = new int[16];
  private int[] indent = new int[16];
  private int[] count = new int[16];
  private int depth;

  private Renderer(boolean pretty) {
    this.pretty = pretty;
  }

  /**
   * Compact JSON of a node: an {@link ObjectPattern}, a {@link Member} (rendered as {@code
   * "name":value}), a {@link MatchList} or a {@link Condition}.
   *
   * @param node the node
   * @return compact JSON
   */
  static String compact(Object node) {
    Renderer renderer = new Renderer(false);
    if (node instanceof Condition condition) {
      condition.accept(renderer);
    } else {
      Structure.walk(node, renderer);
    }
    return renderer.out.toString();
  }

  /**
   * Pretty JSON of an object.
   *
   * @param object the object
   * @return indented JSON
   */
  static String pretty(ObjectPattern object) {
    Renderer renderer = new Renderer(true);
    Structure.walk(object, renderer);
    return renderer.out.toString();
  }

  // ---- structure ------------------------------------------------------------------------------

  @Override
  public void enterObject(ObjectPattern object) {
    int own = 0;
    if (depth > 0) {
      int parent = depth - 1;
      if (kind[parent] == OR) {
        if (count[parent]++ > 0) {
          out.append(',');
        }
        own = indent[parent] + 1;
        newline(own);
      } else {
        own = indent[parent];
      }
    }
    out.append('{');
    push(OBJECT, own);
  }

  @Override
  public void exitObject(ObjectPattern object) {
    depth--;
    newline(indent[depth]);
    out.append('}');
  }

  @Override
  public void enterField(Field field) {
    push(FIELD, member());
    string(field.name());
    colon();
  }

  @Override
  public void exitField(Field field) {
    depth--;
  }

  @Override
  public void enterOr(Or or) {
    push(OR, member());
    string(Keywords.OR);
    colon();
    out.append('[');
  }

  @Override
  public void exitOr(Or or) {
    depth--;
    newline(indent[depth]);
    out.append(']');
  }

  @Override
  public void visitMatchList(MatchList list) {
    out.append('[');
    List<Condition> conditions = list.conditions();
    for (int i = 0; i < conditions.size(); i++) {
      if (i > 0) {
        comma();
      }
      conditions.get(i).accept(this);
    }
    out.append(']');
  }

  /** Writes the separator and line break before a member; returns the member's indent. */
  private int member() {
    if (depth == 0) {
      return 0;
    }
    int parent = depth - 1;
    if (count[parent]++ > 0) {
      out.append(',');
    }
    int own = indent[parent] + 1;
    newline(own);
    return own;
  }

  private void push(int newKind, int newIndent) {
    if (depth == kind.length) {
      kind = Arrays.copyOf(kind, depth * 2);
      indent = Arrays.copyOf(indent, depth * 2);
      count = Arrays.copyOf(count, depth * 2);
    }
    kind[depth] = newKind;
    indent[depth] = newIndent;
    count[depth] = 0;
    depth++;
  }

  // ---- conditions -----------------------------------------------------------------------------

  @Override
  public Void visitString(StringLiteral condition) {
    string(condition.value());
    return null;
  }

  @Override
  public Void visitNumber(NumberLiteral condition) {
    out.append(condition.text());
    return null;
  }

  @Override
  public Void visitBoolean(BooleanLiteral condition) {
    out.append(condition.value());
    return null;
  }

  @Override
  public Void visitNull(NullLiteral condition) {
    out.append("null");
    return null;
  }

  @Override
  public Void visitPrefix(Prefix condition) {
    return stringOperator(Keywords.PREFIX, condition.value(), condition.ignoreCase());
  }

  @Override
  public Void visitSuffix(Suffix condition) {
    return stringOperator(Keywords.SUFFIX, condition.value(), condition.ignoreCase());
  }

  @Override
  public Void visitEqualsIgnoreCase(EqualsIgnoreCase condition) {
    return stringOperator(Keywords.EQUALS_IGNORE_CASE, condition.value(), false);
  }

  @Override
  public Void visitWildcard(Wildcard condition) {
    return stringOperator(Keywords.WILDCARD, condition.pattern(), false);
  }

  @Override
  public Void visitExists(Exists condition) {
    openOperator(Keywords.EXISTS);
    out.append(condition.value()).append('}');
    return null;
  }

  @Override
  public Void visitNumeric(Numeric condition) {
    openOperator(Keywords.NUMERIC);
    out.append('[');
    List<Comparison> comparisons = condition.comparisons();
    for (int i = 0; i < comparisons.size(); i++) {
      if (i > 0) {
        comma();
      }
      string(comparisons.get(i).operator().symbol());
      comma();
      out.append(comparisons.get(i).operand().text());
    }
    out.append("]}");
    return null;
  }

  @Override
  public Void visitCidr(Cidr condition) {
    return stringOperator(Keywords.CIDR, condition.text(), false);
  }

  @Override
  public Void visitAnythingButValues(AnythingButValues condition) {
    openOperator(Keywords.ANYTHING_BUT);
    List<Literal> values = condition.values();
    if (condition.list()) {
      out.append('[');
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          comma();
        }
        values.get(i).accept(this);
      }
      out.append(']');
    } else {
      values.get(0).accept(this);
    }
    out.append('}');
    return null;
  }

  @Override
  public Void visitAnythingButPrefix(AnythingButPrefix condition) {
    return anythingButStrings(Keywords.PREFIX, condition.values(), condition.list());
  }

  @Override
  public Void visitAnythingButSuffix(AnythingButSuffix condition) {
    return anythingButStrings(Keywords.SUFFIX, condition.values(), condition.list());
  }

  @Override
  public Void visitAnythingButIgnoreCase(AnythingButIgnoreCase condition) {
    return anythingButStrings(Keywords.EQUALS_IGNORE_CASE, condition.values(), condition.list());
  }

  @Override
  public Void visitAnythingButWildcard(AnythingButWildcard condition) {
    return anythingButStrings(Keywords.WILDCARD, condition.values(), condition.list());
  }

  private Void anythingButStrings(String keyword, List<String> values, boolean list) {
    openOperator(Keywords.ANYTHING_BUT);
    openOperator(keyword);
    if (list) {
      out.append('[');
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          comma();
        }
        string(values.get(i));
      }
      out.append(']');
    } else {
      string(values.get(0));
    }
    out.append("}}");
    return null;
  }

  private Void stringOperator(String keyword, String value, boolean ignoreCase) {
    openOperator(keyword);
    if (ignoreCase) {
      openOperator(Keywords.EQUALS_IGNORE_CASE);
      string(value);
      out.append('}');
    } else {
      string(value);
    }
    out.append('}');
    return null;
  }

  private void openOperator(String keyword) {
    out.append('{');
    string(keyword);
    colon();
  }

  private void string(String value) {
    out.append('"');
    JsonStringEncoder.getInstance().quoteAsString(value, out);
    out.append('"');
  }

  private void colon() {
    out.append(pretty ? ": " : ":");
  }

  private void comma() {
    out.append(pretty ? ", " : ",");
  }

  private void newline(int level) {
    if (pretty) {
      out.append('\n');
      for (int i = 0; i < level; i++) {
        out.append("  ");
      }
    }
  }
}
