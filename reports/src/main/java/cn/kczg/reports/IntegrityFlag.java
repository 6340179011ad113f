package cn.kczg.reports;

/**
 * Something a consistency check found in the data, shown so a person can look at it (a check
 * that fails is data, not an exception).
 *
 * @param check the check's name, e.g. {@code item-before-org-joined}
 * @param subject what it concerns, e.g. an org id or a file
 * @param detail what was found
 */
public record IntegrityFlag(String check, String subject, String detail) {
  public IntegrityFlag {
    check = check == null ? "" : check;
    subject = subject == null ? "" : subject;
    detail = detail == null ? "" : detail;
  }
}
