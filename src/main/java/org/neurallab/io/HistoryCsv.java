package org.neurallab.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * A training history as CSV for spreadsheets: {@code epoch,loss,accuracy,val_loss,val_accuracy,seconds},
 * numbers with a dot whatever the locale, unmeasured values (NaN) as empty cells. Written atomically.
 */
public final class HistoryCsv {
    public static final String HEADER = "epoch,loss,accuracy,val_loss,val_accuracy,seconds";

    private HistoryCsv() {
    }

    public static void write(Path file, List<EpochRecord> history) throws IOException {
        AtomicFiles.writeString(file, format(history));
    }

    /** The CSV text, one line per epoch after the header, lines ending in \n. */
    public static String format(List<EpochRecord> history) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (EpochRecord r : history) {
            sb.append(r.epoch()).append(',').append(number(r.loss())).append(',').append(number(r.accuracy()))
                    .append(',').append(number(r.valLoss())).append(',').append(number(r.valAccuracy()))
                    .append(',').append(number(r.seconds())).append('\n');
        }
        return sb.toString();
    }

    /** Plain decimal text that reads back to the same double ("0.0001", "3"), never "1.0E-4". */
    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
