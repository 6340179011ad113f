package cn.kczg.reports.mail;

import static java.util.Objects.requireNonNull;

import cn.kczg.reports.ReportErrors;
import cn.kczg.reports.ReportModel;
import cn.kczg.reports.chart.ChartFiles;
import cn.kczg.reports.chart.ChartImage;
import cn.kczg.reports.chart.Charts;
import cn.kczg.reports.summary.GroupFigures;
import cn.kczg.reports.summary.Lagging;
import cn.kczg.reports.summary.WeekFigures;
import cn.kczg.reports.text.Shortfall;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.result.ChannelList;
import cn.kczg.schemas.result.ShortlistEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The weekly mail of a report: a subject, a plain-text body, the same as HTML with the key charts
 * inline ({@code <img src="cid:chart-1">}, the first chart), and those charts. For the whole city,
 * or for one recommending channel (its model is {@link ReportModel#forChannel}: only its
 * organizations).
 *
 * <p>Written into a report folder by {@link #write} as {@code mail/subject.txt}, {@code
 * mail/body.txt}, {@code mail/body.html}, {@code mail/charts.txt} (one line per inline chart: its
 * content id and PNG file) and the charts' PNG files beside {@code mail/}; the delivery reads them
 * back, so a report in the outbox can be mailed (or mailed again) without the model. Nothing in it
 * names a server path: the workbook goes as an attachment.
 *
 * @param subject the subject line
 * @param text the plain-text body
 * @param html the HTML body; its images are {@code cid:chart-1}, {@code cid:chart-2} …
 * @param charts the charts the HTML shows inline, in order
 */
public record WeeklyMail(String subject, String text, String html, List<ChartImage> charts) {
  /** The folder inside a report folder that holds the mail. */
  public static final String FOLDER = "mail";

  /** The subject's file in {@link #FOLDER}. */
  public static final String SUBJECT = "subject.txt";

  /** The plain-text body's file in {@link #FOLDER}. */
  public static final String TEXT = "body.txt";

  /** The HTML body's file in {@link #FOLDER}. */
  public static final String HTML = "body.html";

  /** The inline charts' file in {@link #FOLDER}: {@code chart-1 met-trend.png} per line. */
  public static final String CHARTS = "charts.txt";

  /** How many nearly-qualifying organizations the mail names. */
  static final int NEAR_SHOWN = 15;

  public WeeklyMail {
    requireNonNull(subject, "subject is null");
    requireNonNull(text, "text is null");
    requireNonNull(html, "html is null");
    charts = List.copyOf(charts);
  }

  /**
   * The mail of a model.
   *
   * @param model the city's model, or a channel's ({@link ReportModel#forChannel})
   * @param channel the channel the mail is for, or null for the whole city
   */
  public static WeeklyMail of(ReportModel model, String channel) {
    Messages m = model.messages();
    String title = model.program().title();
    String date = m.date(model.asOf());
    String subject =
        channel == null
            ? m.text("mail.subject", title, date)
            : m.text("mail.subject.channel", channel, title, date);
    MailText body = new MailText(m);
    body.paragraph(
        channel == null
            ? m.text("mail.opening", date, title, model.program().id())
            : m.text("mail.opening.channel", date, title, model.program().id(), channel));
    figures(body, model);
    categories(body, model);
    if (channel != null) {
      channelList(body, model, channel);
    }
    nearlyThere(body, model);
    List<ChartImage> charts = keyCharts(model, channel);
    body.charts(charts);
    body.paragraph(m.text("mail.attachments"));
    body.paragraph(m.text("mail.closing"));
    return new WeeklyMail(subject, body.text(), body.html(), charts);
  }

  /** The content id of the n-th inline chart (from 1), ASCII as mail headers need. */
  public static String contentId(int n) {
    return "chart-" + n;
  }

  /**
   * The charts worth seeing in the mail: the weekly meeting-all chart, then channels or ranking.
   */
  static List<ChartImage> keyCharts(ReportModel model, String channel) {
    List<ChartImage> all = Charts.images(model);
    List<ChartImage> out = new ArrayList<>();
    all.stream().filter(i -> i.name().equals(Charts.MET_TREND)).forEach(out::add);
    String second = channel == null ? "channels" : "ranking-";
    all.stream().filter(i -> i.name().startsWith(second)).limit(1).forEach(out::add);
    return out;
  }

  private static void figures(MailText body, ReportModel model) {
    Messages m = model.messages();
    List<String> lines = new ArrayList<>();
    for (WeekFigures.Figure f : WeekFigures.of(model).figures()) {
      lines.add(m.text("mail.figure", f.label(), f.value(), f.note()));
    }
    body.list(m.text("mail.week"), lines);
  }

  private static void categories(MailText body, ReportModel model) {
    Messages m = model.messages();
    List<String> lines = new ArrayList<>();
    for (GroupFigures g : GroupFigures.of(model)) {
      if (!g.group().equals(GroupFigures.CATEGORY) || g.organizations() == 0) {
        continue;
      }
      Integer change = g.change();
      lines.add(
          m.text(
              "mail.category",
              g.name(),
              g.organizations(),
              g.meetingAll(),
              change == null
                  ? m.text("week.no_previous")
                  : m.text("week.change", WeekFigures.signed(change)),
              g.shortlisted(),
              g.seats()));
    }
    body.list(m.text("mail.categories"), lines);
  }

  private static void channelList(MailText body, ReportModel model, String channel) {
    Messages m = model.messages();
    for (ChannelList list : model.channelLists()) {
      if (!list.channel().equals(channel)) {
        continue;
      }
      List<String> lines = new ArrayList<>();
      int position = 0;
      for (ShortlistEntry e : list.recommended()) {
        lines.add(m.text("mail.listed", ++position, e.orgName(), e.category()));
      }
      list.nearest()
          .forEach(
              r ->
                  lines.add(
                      m.text(
                          "mail.unfilled_nearest",
                          r.orgName(),
                          Shortfall.describe(m, r.missing()))));
      body.list(
          m.text("mail.channel_list", channel, list.recommended().size(), list.slots()), lines);
    }
  }

  private static void nearlyThere(MailText body, ReportModel model) {
    Messages m = model.messages();
    List<Lagging> near = WeekFigures.of(model).nearlyThere();
    if (near.isEmpty()) {
      return;
    }
    List<String> lines = new ArrayList<>();
    for (Lagging l : near.stream().limit(NEAR_SHOWN).toList()) {
      lines.add(
          m.text(
              "mail.near",
              l.progress().orgName(),
              l.progress().category(),
              Shortfall.describe(m, l.missing())));
    }
    if (near.size() > NEAR_SHOWN) {
      lines.add(m.text("mail.more", near.size() - NEAR_SHOWN));
    }
    body.list(m.text("html.week.near", near.size()), lines);
  }

  /**
   * Writes the mail into a report folder: {@code mail/subject.txt}, {@code mail/body.txt}, {@code
   * mail/body.html} and each inline chart as a PNG beside {@code mail/}; returns the files.
   */
  public List<Path> write(Path dir) {
    Path folder = dir.resolve(FOLDER);
    List<Path> files = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      files.add(Files.writeString(folder.resolve(SUBJECT), subject, StandardCharsets.UTF_8));
      files.add(Files.writeString(folder.resolve(TEXT), text, StandardCharsets.UTF_8));
      files.add(Files.writeString(folder.resolve(HTML), html, StandardCharsets.UTF_8));
      StringBuilder list = new StringBuilder();
      for (int i = 0; i < charts.size(); i++) {
        list.append(contentId(i + 1)).append(' ').append(charts.get(i).png()).append('\n');
      }
      files.add(Files.writeString(folder.resolve(CHARTS), list, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw ReportErrors.cannotWrite(folder, e);
    }
    for (ChartImage image : charts) {
      Path png = dir.resolve(image.png());
      if (!Files.exists(png)) {
        files.add(ChartFiles.writePng(image.chart(), png, image.width(), image.height()));
      }
    }
    return files;
  }
}
