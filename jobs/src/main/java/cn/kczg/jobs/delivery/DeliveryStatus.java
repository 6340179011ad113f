package cn.kczg.jobs.delivery;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/**
 * Where a report in the outbox stands, kept beside it in {@code delivery.properties} so a person
 * can read it and a later pass can pick up what is unsent.
 *
 * @param state filed (not to be mailed), unsent or sent
 * @param title the program's title (the mail subject needs it when a later pass retries)
 * @param attempts sends tried so far
 * @param lastAttempt when the last send was tried, or null
 * @param lastError why the last send failed, or empty
 * @param sentAt when the mail went out, or null
 * @param sentMails the mails of the report already sent ({@code city}, or a channel's name), so a
 *     retry sends only the others
 */
public record DeliveryStatus(
    State state,
    String title,
    int attempts,
    Instant lastAttempt,
    String lastError,
    Instant sentAt,
    List<String> sentMails) {
  public DeliveryStatus {
    sentMails = List.copyOf(sentMails);
  }

  /** The file name beside the report. */
  public static final String FILE = "delivery.properties";

  /** A report's mail state. */
  public enum State {
    /** Mail is off: the outbox copy is the delivery. */
    FILED,
    /** To be mailed; not sent yet (or every try so far failed). */
    UNSENT,
    /** Mailed. */
    SENT
  }

  /** A freshly filed report. */
  static DeliveryStatus filed(String title, boolean toBeMailed) {
    return new DeliveryStatus(
        toBeMailed ? State.UNSENT : State.FILED, title, 0, null, "", null, List.of());
  }

  DeliveryStatus failed(int tries, Instant at, String error, List<String> sent) {
    return new DeliveryStatus(State.UNSENT, title, attempts + tries, at, error, null, sent);
  }

  DeliveryStatus sent(int tries, Instant at, List<String> sent) {
    return new DeliveryStatus(State.SENT, title, attempts + tries, at, "", at, sent);
  }

  /** Reads the status of a report folder. */
  static DeliveryStatus read(Path folder) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(folder.resolve(FILE), StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new DeliveryStatus(
        State.valueOf(p.getProperty("state").toUpperCase(java.util.Locale.ROOT)),
        p.getProperty("title", ""),
        Integer.parseInt(p.getProperty("attempts", "0")),
        instant(p.getProperty("last_attempt")),
        p.getProperty("last_error", ""),
        instant(p.getProperty("sent_at")),
        p.getProperty("sent_mails", "").isEmpty()
            ? List.of()
            : List.of(p.getProperty("sent_mails").split("\\|")));
  }

  /**
   * Writes the status beside a report (via a temporary file, so a reader never sees half of it).
   */
  void write(Path folder) {
    Properties p = new Properties();
    p.setProperty("state", state.name().toLowerCase(java.util.Locale.ROOT));
    p.setProperty("title", title);
    p.setProperty("attempts", String.valueOf(attempts));
    p.setProperty("last_attempt", lastAttempt == null ? "" : lastAttempt.toString());
    p.setProperty("last_error", lastError);
    p.setProperty("sent_at", sentAt == null ? "" : sentAt.toString());
    p.setProperty("sent_mails", String.join("|", sentMails));
    Path tmp = folder.resolve(FILE + ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      p.store(w, "kczg serve: mail state of this report (filed = mail off)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Files.move(
          tmp,
          folder.resolve(FILE),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Instant instant(String text) {
    return text == null || text.isEmpty() ? null : Instant.parse(text);
  }
}
