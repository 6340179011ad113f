package cn.kczg.jobs.delivery;

/**
 * Sends mail. The real one speaks SMTP ({@link SmtpMailer}); tests use an in-process SMTP server or
 * a hand-written fake.
 */
public interface Mailer {
  /**
   * Sends one message.
   *
   * @throws MailFailure when the message could not be handed to the server
   */
  void send(Mail mail) throws MailFailure;

  /** Why a message was not sent, worded for the log and the outbox status file. */
  final class MailFailure extends Exception {
    private static final long serialVersionUID = 1L;

    public MailFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
