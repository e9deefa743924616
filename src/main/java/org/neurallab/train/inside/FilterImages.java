package org.neurallab.train.inside;

/**
 * The first layer's weights as small pictures: one per Conv2D filter (its kernel, averaged over the input
 * channels) or per Dense unit (its weights from every input pixel, laid out as the input image).
 *
 * @param width  pixels across one picture
 * @param height pixels down one picture
 * @param images one row-major array of width x height weights per picture
 */
public record FilterImages(int width, int height, float[][] images) {

    public FilterImages {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("filter pictures need a size, got " + width + "x" + height);
        }
        float[][] copy = new float[images.length][];
        for (int i = 0; i < images.length; i++) {
            if (images[i].length != width * height) {
                throw new IllegalArgumentException("filter picture " + i + " has " + images[i].length
                        + " values, not " + width * height);
            }
            copy[i] = images[i].clone();
        }
        images = copy;
    }

    public int count() {
        return images.length;
    }

    /** A copy of picture i's weights. */
    public float[] image(int i) {
        return images[i].clone();
    }

    @Override
    public float[][] images() {
        float[][] copy = new float[images.length][];
        for (int i = 0; i < images.length; i++) {
            copy[i] = images[i].clone();
        }
        return copy;
    }
}
