package cn.kczg.reports;

import cn.kczg.reports.mail.WeeklyMail;
import cn.kczg.reports.text.FileNames;
import cn.kczg.reports.workbook.WeeklyWorkbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Each recommending channel's own report, for its own mail: under {@code channels/<channel>/} of an
 * output folder, the weekly workbook of only the channel's organizations ({@link
 * ReportModel#forChannel}) and its weekly mail ({@link WeeklyMail}: {@code mail/} and the inline
 * charts). A county association receives its own organizations, not the whole city's.
 */
public final class ChannelReports {
  /** The folder inside an output folder. */
  public static final String FOLDER = "channels";

  private ChannelReports() {}

  /** The folder of one channel's report inside an output folder. */
  public static Path folder(Path outDir, String channel) {
    return outDir.resolve(FOLDER).resolve(FileNames.safe(channel));
  }

  /**
   * Writes the reports of the given channels that the model has (a channel without organizations
   * gets none); returns the files written.
   */
  public static List<Path> writeAll(ReportModel model, Path outDir, Collection<String> channels) {
    List<Path> files = new ArrayList<>();
    for (String channel : channels.stream().sorted().distinct().toList()) {
      ReportModel view = model.forChannel(channel);
      if (view.progress().isEmpty()) {
        continue;
      }
      Path dir = folder(outDir, channel);
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw ReportErrors.cannotWrite(dir, e);
      }
      files.add(WeeklyWorkbook.write(view, dir));
      files.addAll(WeeklyMail.of(view, channel).write(dir));
    }
    return files;
  }
}
