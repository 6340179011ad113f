package cn.kczg.samples;

import java.util.List;

/**
 * The five item exports, each with its file name, header and id prefix. Every header has the same
 * shape: id, the kind's own detail columns, org, account, time, status.
 */
enum ItemKind {
  EXPERTS("专家.csv", "ZJ", List.of("专家ID", "姓名", "职称", "研究领域", "所属机构", "平台账号", "入驻时间", "状态")),
  ACHIEVEMENTS("成果.csv", "CG", List.of("成果ID", "成果名称", "领域", "发布机构", "平台账号", "发布时间", "状态")),
  DEMANDS("需求.csv", "XQ", List.of("需求ID", "需求名称", "领域", "发布机构", "平台账号", "发布时间", "状态")),
  NEWS("资讯.csv", "ZX", List.of("资讯ID", "标题", "发布机构", "平台账号", "发布时间", "状态")),
  ACTIVITIES("活动.csv", "HD", List.of("活动ID", "活动名称", "活动类型", "形式", "主办机构", "平台账号", "举办时间", "状态"));

  private final String fileName;
  private final String idPrefix;
  private final List<String> header;

  ItemKind(String fileName, String idPrefix, List<String> header) {
    this.fileName = fileName;
    this.idPrefix = idPrefix;
    this.header = header;
  }

  String fileName() {
    return fileName;
  }

  String idPrefix() {
    return idPrefix;
  }

  List<String> header() {
    return header;
  }

  /** How many detail columns sit between the id and the org column. */
  int detailCount() {
    return header.size() - 5;
  }
}
