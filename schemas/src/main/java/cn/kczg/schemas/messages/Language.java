package cn.kczg.schemas.messages;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages people can read the outputs in: Chinese (the default, the users' language) and
 * English ({@code --lang en}).
 */
public enum Language {
  /** 简体中文, the default. */
  ZH("zh", Locale.ROOT),
  /** English. */
  EN("en", Locale.ENGLISH);

  private final String code;
  private final Locale bundleLocale;

  Language(String code, Locale bundleLocale) {
    this.code = code;
    this.bundleLocale = bundleLocale;
  }

  /** The code of {@code --lang}: {@code zh} or {@code en}. */
  public String code() {
    return code;
  }

  /** The locale its bundle is loaded for (the base bundle, Chinese, for {@link #ZH}). */
  Locale bundleLocale() {
    return bundleLocale;
  }

  /** The value of an HTML {@code lang} attribute. */
  public String htmlLang() {
    return this == ZH ? "zh-CN" : "en";
  }

  /** The language of a code ({@code zh}, {@code zh-CN}, {@code en}, any case), if known. */
  public static Optional<Language> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (Language l : values()) {
      if (t.equals(l.code) || t.startsWith(l.code + "-") || t.startsWith(l.code + "_")) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
