package cn.kczg.schemas.text;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Offers the registry names closest to a name that matched none, for a person to confirm as an
 * alias. Never used to attribute anything by itself (counting-rules.md, rule 4).
 *
 * <p>Closeness is the normalized edit distance over {@link Names#normalize normalized} names:
 * {@code 1 - levenshtein(a, b) / max(len(a), len(b))}, counted in code points. Candidates scoring
 * at least {@link #MIN_SIMILARITY} are offered, best first, ties by name then id. Example: {@code
 * 衡阳市甲科技公司} against {@code 衡阳市甲科技有限公司} scores 0.8 (two characters missing of ten).
 */
public final class NameSuggestions {
  /** Below this similarity a registry name is not offered: it would mislead more than help. */
  public static final double MIN_SIMILARITY = 0.6;

  /** A registry organization a name may be compared with. */
  public record Candidate(String orgId, String name) {
    public Candidate {
      requireNonNull(orgId, "orgId is null");
      requireNonNull(name, "name is null");
    }
  }

  /** A candidate with its similarity (0..1) to the unknown name. */
  public record Suggestion(String orgId, String name, double similarity) {
    /** How it is shown to people: {@code 衡阳市甲科技有限公司 [A1]}. */
    public String label() {
      return name + " [" + orgId + "]";
    }
  }

  private final List<Candidate> candidates;
  private final List<int[]> keys;

  public NameSuggestions(List<Candidate> candidates) {
    this.candidates = List.copyOf(candidates);
    this.keys =
        this.candidates.stream()
            .map(c -> Names.normalize(c.name()).codePoints().toArray())
            .toList();
  }

  /** The {@code limit} closest candidates to {@code name}, best first. */
  public List<Suggestion> closest(String name, int limit) {
    int[] key = Names.normalize(name).codePoints().toArray();
    List<Suggestion> out = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      double s = similarity(key, keys.get(i));
      if (s >= MIN_SIMILARITY) {
        out.add(new Suggestion(candidates.get(i).orgId(), candidates.get(i).name(), s));
      }
    }
    out.sort(
        Comparator.comparingDouble(Suggestion::similarity)
            .reversed()
            .thenComparing(Suggestion::name)
            .thenComparing(Suggestion::orgId));
    return List.copyOf(out.subList(0, Math.min(limit, out.size())));
  }

  /** Similarity of two normalized names, 1.0 for equal ones. */
  public static double similarity(String a, String b) {
    return similarity(
        Names.normalize(a).codePoints().toArray(), Names.normalize(b).codePoints().toArray());
  }

  private static double similarity(int[] a, int[] b) {
    int longest = Math.max(a.length, b.length);
    return longest == 0 ? 0 : 1.0 - (double) levenshtein(a, b) / longest;
  }

  /** Edit distance (insert, delete, substitute one code point) in two rows of memory. */
  static int levenshtein(int[] a, int[] b) {
    int[] previous = new int[b.length + 1];
    int[] current = new int[b.length + 1];
    for (int j = 0; j <= b.length; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      current[0] = i;
      for (int j = 1; j <= b.length; j++) {
        int substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length];
  }
}
