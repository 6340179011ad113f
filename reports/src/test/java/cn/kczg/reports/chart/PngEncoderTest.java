package cn.kczg.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

final class PngEncoderTest {
  private static byte[] encode(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PngEncoder.write(image, out);
    return out.toByteArray();
  }

  private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
    assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
    assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        assertThat(actual.getRGB(x, y) & 0xffffff)
            .as("pixel %d,%d", x, y)
            .isEqualTo(expected.getRGB(x, y) & 0xffffff);
      }
    }
  }

  @Test
  void imageIoDecodesExactlyThePixelsWritten() throws IOException {
    BufferedImage image = new BufferedImage(173, 61, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(7);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        // Noise on the left, flat runs on the right: the Sub filter's wrap-around and its zeros.
        image.setRGB(x, y, x < 60 ? random.nextInt(1 << 24) : (y < 30 ? 0xffffff : 0xd62728));
      }
    }
    assertSamePixels(image, ImageIO.read(new ByteArrayInputStream(encode(image))));
  }

  @Test
  void otherImageTypesAreWrittenAsRgbAndChartsStaySmall() throws IOException {
    BufferedImage argb = new BufferedImage(800, 360, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = argb.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 800, 360);
    g.setColor(new Color(0x1f77b4));
    for (int i = 0; i < 40; i++) {
      g.fillRect(20 + i * 19, 300 - i * 6, 12, i * 6);
    }
    g.dispose();
    byte[] png = encode(argb);
    assertSamePixels(argb, ImageIO.read(new ByteArrayInputStream(png)));
    assertThat(png.length).isLessThan(20_000);
  }
}
