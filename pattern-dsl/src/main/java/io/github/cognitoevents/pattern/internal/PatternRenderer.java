package io.github.cognitoevents.pattern.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.github.cognitoevents.pattern.AnythingBut;
import io.github.cognitoevents.pattern.AnythingButIgnoreCase;
import io.github.cognitoevents.pattern.AnythingButPrefix;
import io.github.cognitoevents.pattern.AnythingButSuffix;
import io.github.cognitoevents.pattern.AnythingButValues;
import io.github.cognitoevents.pattern.AnythingButWildcard;
import io.github.cognitoevents.pattern.BooleanLiteral;
import io.github.cognitoevents.pattern.Cidr;
import io.github.cognitoevents.pattern.Comparison;
import io.github.cognitoevents.pattern.Condition;
import io.github.cognitoevents.pattern.EqualsIgnoreCase;
import io.github.cognitoevents.pattern.Exists;
import io.github.cognitoevents.pattern.Field;
import io.github.cognitoevents.pattern.Literal;
import io.github.cognitoevents.pattern.MatchList;
import io.github.cognitoevents.pattern.Member;
import io.github.cognitoevents.pattern.NullLiteral;
import io.github.cognitoevents.pattern.NumberLiteral;
import io.github.cognitoevents.pattern.Numeric;
import io.github.cognitoevents.pattern.ObjectPattern;
import io.github.cognitoevents.pattern.Or;
import io.github.cognitoevents.pattern.PatternValue;
import io.github.cognitoevents.pattern.Prefix;
import io.github.cognitoevents.pattern.StringLiteral;
import io.github.cognitoevents.pattern.Suffix;
import io.github.cognitoevents.pattern.Wildcard;
import java.util.List;

/**
 * Renders the pattern model as JSON: compact ({@code {"a":["x"]}}) or pretty (two-space indented
 * objects, match lists on one line). Key order and number text are kept as written.
 */
public final class PatternRenderer {
  private final StringBuilder out = new StringBuilder();
  private final boolean pretty;

  private PatternRenderer(boolean pretty) {
    this.pretty = pretty;
  }

  /**
   * Compact JSON of a model node ({@link ObjectPattern}, {@link Member}, {@link MatchList} or
   * {@link Condition}).
   *
   * @param node the node
   * @return compact JSON
   */
  public static String compact(Object node) {
    PatternRenderer renderer = new PatternRenderer(false);
    renderer.node(node, 0);
    return renderer.out.toString();
  }

  /**
   * Pretty JSON of an object pattern.
   *
   * @param object the pattern object
   * @return indented JSON
   */
  public static String pretty(ObjectPattern object) {
    PatternRenderer renderer = new PatternRenderer(true);
    renderer.object(object, 0);
    return renderer.out.toString();
  }

  private void node(Object node, int indent) {
    if (node instanceof ObjectPattern object) {
      object(object, indent);
    } else if (node instanceof Member member) {
      member(member, indent);
    } else if (node instanceof MatchList list) {
      matchList(list);
    } else if (node instanceof Condition condition) {
      condition(condition);
    } else {
      throw new IllegalArgumentException("not a pattern node: " + node.getClass().getName());
    }
  }

  private void object(ObjectPattern object, int indent) {
    out.append('{');
    List<Member> members = object.members();
    for (int i = 0; i < members.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      newline(indent + 1);
      member(members.get(i), indent + 1);
    }
    newline(indent);
    out.append('}');
  }

  private void member(Member member, int indent) {
    if (member instanceof Field field) {
      string(field.name());
      colon();
      PatternValue value = field.value();
      if (value instanceof ObjectPattern object) {
        object(object, indent);
      } else {
        matchList((MatchList) value);
      }
    } else {
      Or or = (Or) member;
      string(Keywords.OR);
      colon();
      out.append('[');
      List<ObjectPattern> branches = or.branches();
      for (int i = 0; i < branches.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        newline(indent + 1);
        object(branches.get(i), indent + 1);
      }
      newline(indent);
      out.append(']');
    }
  }

  private void matchList(MatchList list) {
    out.append('[');
    List<Condition> conditions = list.conditions();
    for (int i = 0; i < conditions.size(); i++) {
      if (i > 0) {
        comma();
      }
      condition(conditions.get(i));
    }
    out.append(']');
  }

  private void condition(Condition condition) {
    if (condition instanceof Literal literal) {
      literal(literal);
    } else if (condition instanceof Prefix prefix) {
      stringOperator(Keywords.PREFIX, prefix.value(), prefix.ignoreCase());
    } else if (condition instanceof Suffix suffix) {
      stringOperator(Keywords.SUFFIX, suffix.value(), suffix.ignoreCase());
    } else if (condition instanceof EqualsIgnoreCase eic) {
      stringOperator(Keywords.EQUALS_IGNORE_CASE, eic.value(), false);
    } else if (condition instanceof Wildcard wildcard) {
      stringOperator(Keywords.WILDCARD, wildcard.pattern(), false);
    } else if (condition instanceof Cidr cidr) {
      stringOperator(Keywords.CIDR, cidr.text(), false);
    } else if (condition instanceof Exists exists) {
      openOperator(Keywords.EXISTS);
      out.append(exists.value());
      out.append('}');
    } else if (condition instanceof Numeric numeric) {
      openOperator(Keywords.NUMERIC);
      out.append('[');
      List<Comparison> comparisons = numeric.comparisons();
      for (int i = 0; i < comparisons.size(); i++) {
        if (i > 0) {
          comma();
        }
        string(comparisons.get(i).operator().symbol());
        comma();
        out.append(comparisons.get(i).operand().text());
      }
      out.append("]}");
    } else {
      anythingBut((AnythingBut) condition);
    }
  }

  private void anythingBut(AnythingBut anythingBut) {
    openOperator(Keywords.ANYTHING_BUT);
    if (anythingBut instanceof AnythingButValues values) {
      if (values.list()) {
        out.append('[');
        for (int i = 0; i < values.values().size(); i++) {
          if (i > 0) {
            comma();
          }
          literal(values.values().get(i));
        }
        out.append(']');
      } else {
        literal(values.values().get(0));
      }
    } else if (anythingBut instanceof AnythingButPrefix prefix) {
      strings(Keywords.PREFIX, prefix.values(), prefix.list());
    } else if (anythingBut instanceof AnythingButSuffix suffix) {
      strings(Keywords.SUFFIX, suffix.values(), suffix.list());
    } else if (anythingBut instanceof AnythingButIgnoreCase eic) {
      strings(Keywords.EQUALS_IGNORE_CASE, eic.values(), eic.list());
    } else {
      AnythingButWildcard wildcard = (AnythingButWildcard) anythingBut;
      strings(Keywords.WILDCARD, wildcard.values(), wildcard.list());
    }
    out.append('}');
  }

  private void strings(String keyword, List<String> values, boolean list) {
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
    out.append('}');
  }

  private void literal(Literal literal) {
    if (literal instanceof StringLiteral s) {
      string(s.value());
    } else if (literal instanceof NumberLiteral n) {
      out.append(n.text());
    } else if (literal instanceof BooleanLiteral b) {
      out.append(b.value());
    } else {
      assert literal instanceof NullLiteral;
      out.append("null");
    }
  }

  private void stringOperator(String keyword, String value, boolean ignoreCase) {
    openOperator(keyword);
    if (ignoreCase) {
      openOperator(Keywords.EQUALS_IGNORE_CASE);
      string(value);
      out.append('}');
    } else {
      string(value);
    }
    out.append('}');
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

  private void newline(int indent) {
    if (pretty) {
      out.append('\n');
      out.append("  ".repeat(indent));
    }
  }
}
