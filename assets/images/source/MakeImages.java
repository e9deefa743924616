import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Draws the bundled sample pictures. Run from assets/images: java source/MakeImages.java */
public class MakeImages {
    static final int S = 96;

    public static void main(String[] args) throws IOException {
        save("1-house.png", house());
        save("2-checkerboard.png", checkerboard());
        save("3-gradient.png", gradient());
        save("4-rings.png", rings());
    }

    static BufferedImage house() {
        BufferedImage img = new BufferedImage(S, S, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (int y = 0; y < S; y++) {
            g.setColor(new Color(120 + y, 170 + y / 2, 235));
            g.drawLine(0, y, S, y);
        }
        g.setColor(new Color(70, 150, 60));
        g.fillRect(0, 70, S, 26);
        g.setColor(new Color(250, 210, 60));
        g.fillOval(66, 8, 20, 20);
        g.setColor(new Color(230, 225, 210));
        g.fillRect(18, 44, 44, 34);
        g.setColor(new Color(170, 50, 40));
        g.fillPolygon(new int[] {12, 40, 68}, new int[] {46, 20, 46}, 3);
        g.setColor(new Color(110, 70, 40));
        g.fillRect(34, 58, 12, 20);
        g.setColor(new Color(90, 140, 200));
        g.fillRect(22, 50, 9, 9);
        g.fillRect(50, 50, 9, 9);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1.5f));
        g.drawRect(18, 44, 44, 34);
        g.dispose();
        return img;
    }

    static BufferedImage checkerboard() {
        BufferedImage img = new BufferedImage(S, S, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < S; y++) {
            for (int x = 0; x < S; x++) {
                boolean dark = ((x / 12) + (y / 12)) % 2 == 0;
                img.setRGB(x, y, dark ? 0x202020 : 0xF0F0F0);
            }
        }
        return img;
    }

    static BufferedImage gradient() {
        BufferedImage img = new BufferedImage(S, S, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < S; y++) {
            for (int x = 0; x < S; x++) {
                int r = 255 * x / (S - 1);
                int b = 255 * y / (S - 1);
                int g = 255 - (r + b) / 2;
                img.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return img;
    }

    static BufferedImage rings() {
        BufferedImage img = new BufferedImage(S, S, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < S; y++) {
            for (int x = 0; x < S; x++) {
                double d = Math.hypot(x - S / 2.0, y - S / 2.0);
                int v = (int) (127.5 + 127.5 * Math.cos(d / 3.0));
                img.setRGB(x, y, (v << 16) | (v << 8) | v);
            }
        }
        return img;
    }

    static void save(String name, BufferedImage img) throws IOException {
        ImageIO.write(img, "png", new File(name));
    }
}
