package org.neurallab.lab.convolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageSourcesTest {
    @TempDir
    Path dir;

    @Test
    void mnistAndFashionSamplesAre28By28WithInk() throws Exception {
        for (SampleImages.Source s : SampleImages.Source.values()) {
            LabImage img = SampleImages.load(s, 3);
            assertThat(img.width()).isEqualTo(28);
            assertThat(img.height()).isEqualTo(28);
            assertThat(Grids.maxAbs(img.grey())).isGreaterThan(0.5).isLessThanOrEqualTo(1.0);
        }
        assertThat(SampleImages.load(SampleImages.Source.MNIST, 0).grey())
                .isNotEqualTo(SampleImages.load(SampleImages.Source.MNIST, 1).grey());
        assertThatThrownBy(() -> SampleImages.load(SampleImages.Source.MNIST, -1)).hasMessageContaining("index");
        assertThatThrownBy(() -> SampleImages.load(dir, SampleImages.Source.MNIST, 0)).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void bigImportIsShrunkKeepingItsShape() throws Exception {
        BufferedImage img = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        img.setRGB(10, 10, 0xFF0000);
        Path png = dir.resolve("wide.png");
        ImageIO.write(img, "png", png.toFile());
        LabImage lab = ImageImport.read(png, 96);
        assertThat(lab.width()).isEqualTo(96);
        assertThat(lab.height()).isEqualTo(48);
        assertThat(lab.isColour()).isTrue();
    }

    @Test
    void corruptFileGetsAClearReason() throws Exception {
        Path bad = dir.resolve("broken.png");
        Files.write(bad, "this is not a picture".getBytes());
        assertThatThrownBy(() -> ImageImport.read(bad, 96))
                .isInstanceOfSatisfying(ImageImport.ImportException.class,
                        e -> assertThat(e.reason()).isEqualTo("NOT_AN_IMAGE"))
                .hasMessageContaining("broken.png");
    }

    @Test
    void hugePixelCountIsRefusedBeforeDecoding() throws Exception {
        Path huge = dir.resolve("huge.png");
        Files.write(huge, pngHeaderOnly(20_000, 20_000));
        assertThatThrownBy(() -> ImageImport.read(huge, 96))
                .isInstanceOfSatisfying(ImageImport.ImportException.class,
                        e -> assertThat(e.reason()).isEqualTo("TOO_LARGE"));
    }

    @Test
    void bundledImagesLoad() throws Exception {
        assertThat(BundledImages.list()).hasSizeGreaterThanOrEqualTo(4);
        for (Path p : BundledImages.list()) {
            LabImage img = BundledImages.load(p);
            assertThat(Math.max(img.width(), img.height())).isLessThanOrEqualTo(BundledImages.SIDE);
        }
    }

    /** A PNG signature and IHDR chunk claiming the given size, with no pixel data. */
    private static byte[] pngHeaderOnly(int w, int h) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        DataOutputStream c = new DataOutputStream(chunk);
        c.writeBytes("IHDR");
        c.writeInt(w);
        c.writeInt(h);
        c.write(new byte[] {8, 2, 0, 0, 0});
        byte[] data = chunk.toByteArray();
        out.writeInt(13);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(data);
        out.writeInt((int) crc.getValue());
        return bytes.toByteArray();
    }
}
