package cn.kczg.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale mode: the requested number of distinct items, weekly cumulative drops, same seed same
 * bytes.
 */
final class ScaleSampleTest {
  private static final List<String> ID_COLUMNS = List.of("专家ID", "成果ID", "需求ID", "资讯ID", "活动ID");

  @Test
  void writesTheRequestedNumberOfDistinctItems(@TempDir Path out) throws IOException {
    SampleGenerator.run(
        "scale",
        "--orgs",
        "400",
        "--items",
        "20000",
        "--drops",
        "3",
        "--out",
        out.toString(),
        "--seed",
        "7");

    assertThat(
            CitySampleTest.files(out).stream().map(Path::toString).filter(p -> p.endsWith(".csv")))
        .contains(
            "2022-06-27/专家.csv", "2022-07-04/资讯.csv", "2022-07-11/活动.csv", "2022-06-27/机构名录.csv");
    Set<String> everywhere = new HashSet<>();
    Set<String> lastDrop = new HashSet<>();
    for (String drop : List.of("2022-06-27", "2022-07-04", "2022-07-11")) {
      for (int kind = 0; kind < 5; kind++) {
        for (Map<String, String> row :
            ReferenceCounter.rows(out.resolve(drop).resolve(ReferenceCounter.FILES.get(kind)))) {
          String key = kind + ":" + row.get(ID_COLUMNS.get(kind));
          everywhere.add(key);
          if (drop.equals("2022-07-11")) {
            lastDrop.add(key);
          }
        }
      }
    }
    assertThat(everywhere).hasSize(20_000);
    assertThat(lastDrop).isEqualTo(everywhere);
    assertThat(ReferenceCounter.rows(out.resolve("2022-06-27/机构名录.csv"))).hasSize(400);
  }

  @Test
  void plantsTheIntegrityCasesOnOrganizationsOfTheirOwnAndListsThem(@TempDir Path out)
      throws IOException {
    SampleGenerator.run(
        "scale", "--orgs", "200", "--items", "12000", "--drops", "3", "--out", out.toString());
    List<Map<String, String>> planted = ReferenceCounter.rows(out.resolve("planted.csv"));
    assertThat(planted).extracting(c -> c.get("expected")).contains("flag", "clean");
    Set<String> reserved = new HashSet<>();
    planted.forEach(c -> reserved.add(c.get("org_id")));
    Map<String, String> names = new java.util.HashMap<>();
    ReferenceCounter.rows(out.resolve("2022-06-27/机构名录.csv"))
        .forEach(r -> names.put(r.get("机构名称"), r.get("机构编码")));
    Set<String> holders = new HashSet<>();
    long lastRandom = -1;
    long firstPlanted = Long.MAX_VALUE;
    for (int kind = 0; kind < 5; kind++) {
      for (Map<String, String> row :
          ReferenceCounter.rows(
              out.resolve("2022-07-11").resolve(ReferenceCounter.FILES.get(kind)))) {
        String org = names.get(row.get(kind == 0 ? "所属机构" : kind == 4 ? "主办机构" : "发布机构"));
        String id = row.get(ID_COLUMNS.get(kind));
        long index = Long.parseLong(id.substring(id.length() - 9));
        if (reserved.contains(org)) {
          holders.add(org);
          firstPlanted = Math.min(firstPlanted, index);
        } else {
          lastRandom = Math.max(lastRandom, index);
        }
      }
    }
    assertThat(holders).as("every case has items").isEqualTo(reserved);
    assertThat(lastRandom).as("no random item on a case's organization").isLessThan(firstPlanted);
    assertThat(out.resolve("2022-07-04/成果-补报.csv"))
        .as("only with --refused-file yes")
        .doesNotExist();
    Set<String> newsletters = new HashSet<>();
    for (Map<String, String> row : ReferenceCounter.rows(out.resolve("2022-07-11/资讯.csv"))) {
      if (row.get("标题").matches("(工作简报（|工作动态（第|科普快报 |科协通讯第|学习简报 2022-)\\d+.*|科技周报|科普工作月报")) {
        newsletters.add(row.get("发布机构"));
      }
    }
    assertThat(newsletters.size())
        .as("about one organization in five has a newsletter")
        .isBetween(20, 60);
  }

  @Test
  void withRefusedFileTheDropOfTheSecondBurstHoldsAFileWithoutItsTimeColumn(@TempDir Path out)
      throws IOException {
    SampleGenerator.run(
        "scale",
        "--orgs",
        "200",
        "--items",
        "12000",
        "--drops",
        "3",
        "--out",
        out.toString(),
        "--refused-file",
        "yes");
    assertThat(Files.readAllLines(out.resolve("2022-07-04/成果-补报.csv")).get(0))
        .isEqualTo("成果ID,成果名称,发布机构,状态");
  }

  @Test
  void sameSeedGivesByteIdenticalFiles(@TempDir Path temp) throws IOException {
    Path first = temp.resolve("a");
    Path second = temp.resolve("b");
    SampleGenerator.run(
        "scale", "--orgs", "50", "--items", "3000", "--drops", "2", "--out", first.toString());
    SampleGenerator.run(
        "scale", "--orgs", "50", "--items", "3000", "--drops", "2", "--out", second.toString());

    List<Path> files = CitySampleTest.files(first);
    assertThat(CitySampleTest.files(second)).isEqualTo(files);
    for (Path file : files) {
      assertThat(Files.mismatch(first.resolve(file), second.resolve(file)))
          .as(file.toString())
          .isEqualTo(-1L);
    }
  }
}
