import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Checks a rendered window: {@code java PngCheck.java FILE WIDTH HEIGHT} exits 0 when FILE is a PNG of
 * exactly WIDTH x HEIGHT pixels that is not blank (no single colour covers more than 90 % of it, and it
 * has at least 16 colours), 1 otherwise. Run as a single-file program by the build's JDK.
 */
public final class PngCheck {
    public static void main(String[] args) throws Exception {
        File file = new File(args[0]);
        int width = Integer.parseInt(args[1]);
        int height = Integer.parseInt(args[2]);
        BufferedImage img = file.isFile() ? ImageIO.read(file) : null;
        if (img == null) fail(file + ": missing or not an image");
        if (img.getWidth() != width || img.getHeight() != height)
            fail(file + ": " + img.getWidth() + "x" + img.getHeight() + ", expected " + width + "x" + height);
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++) counts.merge(img.getRGB(x, y), 1, Integer::sum);
        int top = counts.values().stream().max(Integer::compare).orElse(0);
        double share = 100.0 * top / ((double) width * height);
        String stats = String.format("%dx%d, %d colours, commonest colour %.1f %%", width, height, counts.size(), share);
        if (share > 90 || counts.size() < 16) fail(file + ": looks blank: " + stats);
        System.out.println(file.getName() + ": " + stats);
    }

    private static void fail(String message) {
        System.err.println("PngCheck: " + message);
        System.exit(1);
    }
}
