package cn.kczg.jobs.cli;

import cn.kczg.jobs.delivery.Delivery;
import cn.kczg.jobs.delivery.Mailer;
import cn.kczg.jobs.delivery.Outbox;
import cn.kczg.jobs.schedule.ServeConfig;
import cn.kczg.schemas.Errors;
import cn.kczg.schemas.messages.Messages;
import java.io.PrintStream;

/**
 * {@code kczg serve --test-mail}: one message to every recipient the config names, so the SMTP
 * settings and addresses are checked before the first weekly report depends on them.
 */
final class TestMail {
  private TestMail() {}

  /** Sends it; 0 when the server took it, a user mistake (exit 1) saying why when not. */
  static int send(ServeConfig settings, PrintStream out) {
    Messages m = Messages.current();
    if (!settings.mail().enabled()) {
      throw Errors.badArgument(m.text("serve.test_mail.disabled"));
    }
    Delivery delivery = Delivery.smtp(new Outbox(settings.outbox()), settings.mail(), line -> {});
    try {
      delivery.sendTest();
    } catch (Mailer.MailFailure e) {
      throw Errors.badArgument(m.text("serve.test_mail.failed", e.getMessage()));
    }
    out.println(
        m.text("serve.test_mail.sent", String.join(", ", settings.mail().everyRecipient())));
    return 0;
  }
}
