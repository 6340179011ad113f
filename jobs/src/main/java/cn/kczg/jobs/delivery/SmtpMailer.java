package cn.kczg.jobs.delivery;

import static java.util.Objects.requireNonNull;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;
import java.util.Properties;

/** Sends mail over SMTP with Jakarta Mail (Eclipse Angus). */
public final class SmtpMailer implements Mailer {
  private final MailSettings settings;

  public SmtpMailer(MailSettings settings) {
    this.settings = requireNonNull(settings, "settings is null");
  }

  @Override
  public void send(Mail mail) throws MailFailure {
    try {
      Transport.send(message(session(), mail));
    } catch (MessagingException | IOException e) {
      throw new MailFailure(
          "SMTP "
              + settings.host()
              + ":"
              + settings.port()
              + " refused or failed: "
              + rootMessage(e),
          e);
    }
  }

  private Session session() {
    String timeout = String.valueOf(settings.timeout().toMillis());
    Properties p = new Properties();
    p.put("mail.smtp.host", settings.host());
    p.put("mail.smtp.port", String.valueOf(settings.port()));
    p.put("mail.smtp.connectiontimeout", timeout);
    p.put("mail.smtp.timeout", timeout);
    p.put("mail.smtp.writetimeout", timeout);
    p.put("mail.smtp.starttls.enable", String.valueOf(settings.security().equals("starttls")));
    p.put("mail.smtp.starttls.required", String.valueOf(settings.security().equals("starttls")));
    p.put("mail.smtp.ssl.enable", String.valueOf(settings.security().equals("ssl")));
    if (settings.username().isEmpty()) {
      return Session.getInstance(p);
    }
    p.put("mail.smtp.auth", "true");
    return Session.getInstance(
        p,
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(settings.username(), settings.password());
          }
        });
  }

  private MimeMessage message(Session session, Mail mail) throws MessagingException, IOException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(settings.from()));
    for (String to : mail.to()) {
      message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
    }
    message.setSubject(mail.subject(), "UTF-8");
    message.setSentDate(new Date());
    MimeMultipart parts = new MimeMultipart();
    parts.addBodyPart(mail.html().isEmpty() ? text(mail.body()) : related(mail));
    for (Path file : mail.attachments()) {
      MimeBodyPart part = new MimeBodyPart();
      part.attachFile(file.toFile());
      part.setFileName(MimeUtility.encodeText(file.getFileName().toString(), "UTF-8", null));
      parts.addBodyPart(part);
    }
    message.setContent(parts);
    return message;
  }

  private static MimeBodyPart text(String body) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setText(body, "UTF-8");
    return part;
  }

  /**
   * The body as multipart/related: the text and HTML alternatives, then each inline image with its
   * Content-ID, so mail programs show the charts inside the message.
   */
  private static MimeBodyPart related(Mail mail) throws MessagingException, IOException {
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text(mail.body()));
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.html(), "UTF-8", "html");
    alternative.addBodyPart(html);
    MimeBodyPart alternatives = new MimeBodyPart();
    alternatives.setContent(alternative);
    MimeMultipart related = new MimeMultipart("related");
    related.addBodyPart(alternatives);
    for (var image : mail.inline().entrySet()) {
      MimeBodyPart part = new MimeBodyPart();
      part.attachFile(image.getValue().toFile(), "image/png", null);
      part.setContentID("<" + image.getKey() + ">");
      part.setDisposition(MimeBodyPart.INLINE);
      part.setFileName(image.getKey() + ".png");
      related.addBodyPart(part);
    }
    MimeBodyPart body = new MimeBodyPart();
    body.setContent(related);
    return body;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t + ")";
  }
}
