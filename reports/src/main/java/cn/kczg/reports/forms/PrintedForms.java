package cn.kczg.reports.forms;

import cn.kczg.reports.ReportErrors;
import cn.kczg.reports.ReportModel;
import cn.kczg.reports.text.FileNames;
import cn.kczg.schemas.result.ChannelList;
import cn.kczg.schemas.result.ShortlistEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The print-ready materials of one recommending channel, as the notice wants them on A4 paper
 * (四、（三）): one PDF with its annex 3 (推荐汇总表) and then the annex 2 (信息采集表) of each organization it
 * recommends, one per page, the CJK font embedded. Written as {@code forms/推荐材料-<channel>.pdf}. The
 * same model gives the same bytes: the document's dates are the as-of date and its ID is derived
 * from the channel and that date.
 */
public final class PrintedForms {
  /** The file name prefix. */
  public static final String PREFIX = "推荐材料-";

  private static final float[] ANNEX3 = {36, 185, 70, 70, 90, 64};
  private static final float[] ANNEX2 = {120, 150, 100, 145};
  private static final float[] PAIR = {120, 395};
  private static final float SIZE = 10.5f;

  private PrintedForms() {}

  /** Writes one PDF per channel list; returns the files. */
  public static List<Path> writeAll(ReportModel model, Path formsDir) {
    return model.channelLists().parallelStream().map(l -> write(model, l, formsDir)).toList();
  }

  /** Writes the PDF of one channel. */
  public static Path write(ReportModel model, ChannelList list, Path formsDir) {
    Path file = formsDir.resolve(PREFIX + FileNames.safe(list.channel()) + ".pdf");
    try (PDDocument document = new PDDocument()) {
      PdfPages pages = new PdfPages(document);
      FormLabels labels = FormLabels.of(model.messages());
      try (pages) {
        annex3(pages, labels, Annex3.of(model, list));
        for (ShortlistEntry e : list.recommended()) {
          annex2(pages, labels, Annex2.of(model, e));
        }
      }
      stamp(document, model, labels, list.channel());
      try (OutputStream out = Files.newOutputStream(file)) {
        document.save(out);
      }
      pages.release();
      return file;
    } catch (IOException e) {
      throw ReportErrors.cannotWrite(file, e);
    }
  }

  private static void annex3(PdfPages p, FormLabels l, Annex3 annex) throws IOException {
    p.newPage();
    p.paragraph(l.annex3Heading(), SIZE);
    p.title(l.annex3Title(), 15);
    p.paragraph(l.sender() + annex.channel(), 12);
    p.row(ANNEX3, l.annex3Header(), SIZE, 24);
    for (List<String> row : annex.rows()) {
      if (p.room() < 30) {
        p.newPage();
        p.row(ANNEX3, l.annex3Header(), SIZE, 24);
      }
      p.row(ANNEX3, row, SIZE, 26);
    }
    if (!annex.note().isEmpty()) {
      p.paragraph("", 6);
      p.paragraph(annex.note(), 9);
    }
  }

  private static void annex2(PdfPages p, FormLabels l, Annex2 form) throws IOException {
    p.newPage();
    p.paragraph(l.annex2Heading(), SIZE);
    p.title(l.annex2Title(), 15);
    p.row(PAIR, List.of(l.org(), form.orgName()), SIZE, 30);
    p.row(
        ANNEX2, List.of(l.leader(), form.leader(), l.leaderTitle(), form.leaderTitle()), SIZE, 30);
    p.row(ANNEX2, List.of(l.joined(), form.joined(), l.contact(), form.contact()), SIZE, 30);
    p.row(PAIR, List.of(l.introduction(), form.introduction()), SIZE, 130);
    p.row(PAIR, List.of(l.workLabel(), form.work()), SIZE, 90);
    p.row(PAIR, List.of(l.association(), form.association()), SIZE, 100);
    p.row(PAIR, List.of(l.opinion(), ">" + l.stamp()), SIZE, 120);
  }

  /** Fixed dates and ID, so the same data gives the same file. */
  private static void stamp(
      PDDocument document, ReportModel model, FormLabels labels, String channel) {
    Calendar day = GregorianCalendar.from(model.asOf().atStartOfDay(ZoneOffset.UTC));
    day.setTimeZone(TimeZone.getTimeZone("UTC"));
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(labels.annex3Title() + " " + channel);
    info.setCreator("kczg-analytics");
    info.setProducer("kczg-analytics");
    info.setCreationDate(day);
    info.setModificationDate(day);
    byte[] id = id(channel + "\n" + model.asOf() + "\n" + model.program().id());
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  private static byte[] id(String text) {
    try {
      byte[] sha =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(sha, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
