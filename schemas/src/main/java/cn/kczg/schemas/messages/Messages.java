package cn.kczg.schemas.messages;

import static java.util.Objects.requireNonNull;

import cn.kczg.schemas.model.ItemKind;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The people-facing texts of one {@link Language}, looked up by key in the bundle {@code
 * cn/kczg/schemas/messages/messages*.properties} and filled in with {@link String#format} in the
 * root locale (so {@code %d} never groups digits and the machine's locale changes nothing).
 *
 * <p>Example: {@code Messages.of(Language.ZH).text("shortfall.item", "需求", 1, "个")} is {@code
 * 需求差1个}; in English {@code demands 1 short}.
 *
 * <p>The process has one current language, set once from {@code --lang} by the command line ({@link
 * #use}); code that writes text for people and has no model to ask takes {@link #current()}.
 */
public final class Messages {
  private static final String BUNDLE = "cn.kczg.schemas.messages.messages";
  private static final Map<Language, Messages> LOADED = new EnumMap<>(Language.class);
  private static volatile Language current = Language.ZH;

  private final Language language;
  private final ResourceBundle bundle;

  private Messages(Language language) {
    this.language = language;
    // No fallback to the machine's default locale: the same --lang gives the same words anywhere.
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            language.bundleLocale(),
            Messages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The texts of a language. */
  public static Messages of(Language language) {
    requireNonNull(language, "language is null");
    synchronized (LOADED) {
      return LOADED.computeIfAbsent(language, Messages::new);
    }
  }

  /** The texts of the process's current language (Chinese unless {@link #use} said otherwise). */
  public static Messages current() {
    return of(current);
  }

  /** Sets the process's current language (the command line does, from {@code --lang}). */
  public static void use(Language language) {
    current = requireNonNull(language, "language is null");
  }

  /** The language of these texts. */
  public Language language() {
    return language;
  }

  /**
   * The text of a key with its placeholders filled in.
   *
   * @throws IllegalStateException when the bundle has no such key (a programming error: a test
   *     checks every key the code uses)
   */
  public String text(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException(
          "message key '" + key + "' is missing from the " + language.code() + " bundle", e);
    }
    return args.length == 0
        ? pattern.replace("%%", "%")
        : String.format(Locale.ROOT, pattern, args);
  }

  /** True when the bundle has the key. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** An indicator's name: 专家 / experts. */
  public String kind(ItemKind kind) {
    return text("kind." + kind.key());
  }

  /** A number of items of a kind with its unit: 3个 / 3. */
  public String count(ItemKind kind, long n) {
    return text("kind.count." + kind.key(), n);
  }

  /** A date as people write it: 2022年7月11日 / 2022-07-11. */
  public String date(LocalDate date) {
    return date == null
        ? ""
        : text("date", date.getYear(), date.getMonthValue(), date.getDayOfMonth(), date.toString());
  }

  /** Items joined as a list: 甲、乙 / a, b. */
  public String list(List<String> items) {
    return String.join(text("list.separator"), items);
  }

  /** Yes or no: 是 / yes. */
  public String yesNo(boolean yes) {
    return text(yes ? "yes" : "no");
  }
}
