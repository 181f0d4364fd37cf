package io.clientportal.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** A simple monogram logo for a demo agency, drawn rather than shipped as a file. */
final class DemoLogo {

    private static final int SIZE = 96;

    private DemoLogo() {
    }

    static byte[] monogram(char letter, Color background) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(background);
            g.fillRoundRect(0, 0, SIZE, SIZE, 24, 24);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 60));
            String text = String.valueOf(letter);
            int width = g.getFontMetrics().stringWidth(text);
            g.drawString(text, (SIZE - width) / 2, SIZE / 2 + g.getFontMetrics().getAscent() / 3);
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
