package org.neurallab.lab.convolution;

import java.util.Locale;

/** Turns the text typed into the kernel editor's cells into numbers. */
public final class KernelText {
    private KernelText() {
    }

    /** Thrown for a cell that is not a number; row and col are 0-based so the editor can mark the cell. */
    public static final class BadCellException extends IllegalArgumentException {
        private final int row;
        private final int col;
        private final String text;

        BadCellException(int row, int col, String text) {
            super("kernel cell (row " + (row + 1) + ", column " + (col + 1) + ") must be a number, was '" + text + "'");
            this.row = row;
            this.col = col;
            this.text = text;
        }

        public int row() {
            return row;
        }

        public int col() {
            return col;
        }

        public String text() {
            return text;
        }
    }

    public static double[][] parse(String[][] cells) {
        double[][] out = new double[cells.length][];
        for (int r = 0; r < cells.length; r++) {
            out[r] = new double[cells[r].length];
            for (int c = 0; c < cells[r].length; c++) {
                out[r][c] = parseCell(cells[r][c], r, c);
            }
        }
        return out;
    }

    /** Accepts "1.5", "-2", "0,5" (Korean and European keyboards type a comma) and simple fractions like "1/9". */
    public static double parseCell(String text, int row, int col) {
        String t = text == null ? "" : text.trim().replace(',', '.').replace('\u2212', '-');
        try {
            int slash = t.indexOf('/');
            double v = slash > 0
                    ? Double.parseDouble(t.substring(0, slash)) / Double.parseDouble(t.substring(slash + 1))
                    : Double.parseDouble(t);
            if (!Double.isFinite(v) || t.toLowerCase(Locale.ROOT).matches(".*[a-z].*")) {
                throw new NumberFormatException(t);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new BadCellException(row, col, text == null ? "" : text);
        }
    }

    /** Short text for a weight: integers without ".0", otherwise up to 3 decimals. */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "");
    }
}
