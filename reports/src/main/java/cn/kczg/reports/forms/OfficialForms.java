package cn.kczg.reports.forms;

import cn.kczg.reports.ReportErrors;
import cn.kczg.reports.ReportModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes every official form of an output folder into its {@code forms/} subfolder. */
public final class OfficialForms {
  /** The subfolder the forms go into. */
  public static final String FOLDER = "forms";

  private OfficialForms() {}

  /**
   * Writes annex 3 per channel and annex 2 per recommended organization (XLSX, to fill in), and per
   * channel one print-ready PDF of both ({@link PrintedForms}); returns the files.
   */
  public static List<Path> writeAll(ReportModel model, Path outDir) {
    Path forms = outDir.resolve(FOLDER);
    try {
      Files.createDirectories(forms);
    } catch (IOException e) {
      throw ReportErrors.cannotWrite(forms, e);
    }
    List<Path> files = new ArrayList<>(RecommendationForm.writeAll(model, forms));
    files.addAll(InformationForm.writeAll(model, forms));
    files.addAll(PrintedForms.writeAll(model, forms));
    return files;
  }
}
