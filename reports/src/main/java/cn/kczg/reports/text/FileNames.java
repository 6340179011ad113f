package cn.kczg.reports.text;

/**
 * File names made from data (a channel or category name): characters that Windows or Unix forbid in
 * a file name become {@code _}; Chinese stays as it is.
 *
 * <p>Example: {@code safe("衡阳/高新区:科协")} is {@code 衡阳_高新区_科协}.
 */
public final class FileNames {
  private FileNames() {}

  /** The name with forbidden characters replaced; {@code _} for an empty name. */
  public static String safe(String name) {
    if (name == null || name.isBlank()) {
      return "_";
    }
    String cleaned = name.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    return cleaned.startsWith(".") ? "_" + cleaned.substring(1) : cleaned;
  }
}
