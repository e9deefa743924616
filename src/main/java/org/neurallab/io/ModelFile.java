package org.neurallab.io;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.conditions.Conditions;
import org.neurallab.data.Quote;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves and loads trained models. A model file is one zip holding {@code model.json} (architecture,
 * hyper-parameters, dataset, class names, history: see {@link ModelInfo}) and one NumPy {@code .npy}
 * file per parameter, in model order ({@code params/00_dense_W.npy}, {@code params/00_dense_b.npy}...),
 * so the weights can also be opened in Python. No Java serialization is involved.
 *
 * <p>Every reading problem is a {@link ModelFileException} naming the file and what is wrong. Loading
 * builds a fresh model and returns it only once every parameter has been read and checked.
 * Saving is atomic ({@link AtomicFiles}): a failed save leaves the previous file as it was.
 */
public final class ModelFile {
    private static final Logger LOG = LoggerFactory.getLogger(ModelFile.class);

    /** The layout written by this version; files with a larger number are refused. */
    public static final int FORMAT_VERSION = 1;
    /** The suggested file name ending. */
    public static final String EXTENSION = ".zip";
    static final String MODEL_JSON = "model.json";
    /** A model.json is a few KB; its history grows by about 150 bytes per epoch. */
    static final long MAX_JSON_BYTES = 4L * 1024 * 1024;
    /** Room for a .npy header beyond the values themselves. */
    private static final long NPY_HEADER_ALLOWANCE = 1 << 17;

    private ModelFile() {
    }

    /** Writes the model atomically, replacing any existing file. */
    public static void save(Path file, SavedModel saved) throws IOException {
        save(file, saved, Npy::write);
    }

    /** Writes one parameter; replaceable so a test can make a save fail half way. */
    @FunctionalInterface
    interface ParamWriter {
        void write(OutputStream out, INDArray value) throws IOException;
    }

    static void save(Path file, SavedModel saved, ParamWriter paramWriter) throws IOException {
        Sequential model = saved.model();
        ModelInfo info = new ModelInfo(FORMAT_VERSION, appVersion(), Instant.now(), saved.dataset(),
                saved.classNames(), ModelInfo.precisionOf(model.dataType()), model.spec(), saved.training(),
                saved.history());
        byte[] json = ModelJson.MAPPER.writeValueAsBytes(info);
        List<ParamEntry> entries = ParamEntry.of(model);
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry(MODEL_JSON));
            zip.write(json);
            zip.closeEntry();
            for (ParamEntry entry : entries) {
                zip.putNextEntry(new ZipEntry(entry.entry()));
                paramWriter.write(zip, entry.param().value());
                zip.closeEntry();
            }
            zip.finish();
        });
        LOG.info("Saved model to {} ({} parameters in {} arrays)", file, model.paramCount(), entries.size());
    }

    /** Reads only {@code model.json}: the architecture, dataset, classes and history, without weights. */
    public static ModelInfo peek(Path file) throws IOException {
        try (ZipFile zip = open(file)) {
            return readInfo(file, zip);
        }
    }

    /** Reads a whole model, weights included. */
    public static SavedModel load(Path file) throws IOException {
        try (ZipFile zip = open(file)) {
            ModelInfo info = readInfo(file, zip);
            Sequential model = build(file, info);
            List<ParamEntry> entries = ParamEntry.of(model);
            checkNoExtraParams(file, zip, entries);
            for (ParamEntry entry : entries) {
                INDArray stored = readParam(file, zip, entry);
                checkFits(file, entry, stored, info);
                entry.param().value().assign(stored);
            }
            LOG.info("Loaded model from {} ({} parameters)", file, model.paramCount());
            return new SavedModel(info.spec(), model, info.training(), info.dataset(), info.classNames(),
                    info.history());
        }
    }

    private static ZipFile open(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new ModelFileException(file, "it is a folder, not a model file");
        }
        if (!Files.exists(file)) {
            throw new ModelFileException(file, "the file does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new ModelFileException(file, "it is not a regular file (a device, pipe or socket)");
        }
        try {
            return new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new ModelFileException(file, "not a Neural Lab model file (not a zip archive, or a damaged one: "
                    + e.getMessage() + ")", e);
        }
    }

    private static ModelInfo readInfo(Path file, ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(MODEL_JSON);
        if (entry == null) {
            throw new ModelFileException(file, "it has no " + MODEL_JSON + " (is it a Neural Lab model file?)");
        }
        if (entry.getSize() > MAX_JSON_BYTES) {
            throw new ModelFileException(file, MODEL_JSON + " is " + entry.getSize() + " bytes; at most "
                    + MAX_JSON_BYTES + " are allowed");
        }
        JsonNode root;
        try (InputStream in = new LimitedInputStream(zip.getInputStream(entry), MAX_JSON_BYTES, MODEL_JSON)) {
            root = ModelJson.MAPPER.readTree(in);
        } catch (JsonParseException e) {
            throw new ModelFileException(file, MODEL_JSON + " is " + JsonProblems.describe(e), e);
        } catch (JsonProcessingException e) {
            throw new ModelFileException(file, MODEL_JSON + ": " + JsonProblems.describe(e), e);
        } catch (ZipException e) {
            throw new ModelFileException(file, MODEL_JSON + " is damaged: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ModelFileException(file, e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ModelFileException(file, MODEL_JSON + " does not hold a JSON object");
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.canConvertToExactIntegral()) {
            throw new ModelFileException(file, MODEL_JSON + " has no whole-number formatVersion");
        }
        int format = version.asInt();
        if (format > FORMAT_VERSION) {
            throw new ModelFileException(file, "model file was written by a newer Neural Lab (format " + format
                    + "; this version reads up to " + FORMAT_VERSION + ")");
        }
        if (format < 1) {
            throw new ModelFileException(file, "unknown model file format " + format);
        }
        try {
            ModelInfo info = ModelJson.MAPPER.treeToValue(root, ModelInfo.class);
            requirePresent(file, info.spec(), "architecture");
            requirePresent(file, info.training(), "hyperParameters");
            requirePresent(file, info.dataset(), "dataset");
            info.dataType();
            return info;
        } catch (InvalidTypeIdException e) {
            throw new ModelFileException(file, "unknown layer type " + Quote.of(e.getTypeId()) + " (known types: "
                    + knownLayerTypes() + ")", e);
        } catch (JsonProcessingException e) {
            throw new ModelFileException(file, MODEL_JSON + " has a " + JsonProblems.describe(e), e);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, MODEL_JSON + ": " + e.getMessage(), e);
        }
    }

    private static Sequential build(Path file, ModelInfo info) throws ModelFileException {
        try {
            ModelLimits.check(info.spec());
            return Sequential.build(info.spec(), 0, info.dataType());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            throw new ModelFileException(file, "the architecture cannot be built: " + e.getMessage(), e);
        }
    }

    private static void checkNoExtraParams(Path file, ZipFile zip, List<ParamEntry> expected)
            throws ModelFileException {
        Set<String> wanted = expected.stream().map(ParamEntry::entry).collect(Collectors.toSet());
        Set<String> extra = new HashSet<>();
        zip.stream().map(ZipEntry::getName)
                .filter(n -> n.startsWith(ParamEntry.FOLDER) && !n.endsWith("/") && !wanted.contains(n))
                .forEach(extra::add);
        if (!extra.isEmpty()) {
            throw new ModelFileException(file, "it holds parameters the architecture does not have: "
                    + extra.stream().sorted().toList() + " (the architecture has " + expected.size() + " parameter arrays)");
        }
    }

    private static INDArray readParam(Path file, ZipFile zip, ParamEntry entry) throws ModelFileException {
        ZipEntry zipEntry = zip.getEntry(entry.entry());
        if (zipEntry == null) {
            throw new ModelFileException(file, "parameter '" + entry.label() + "' is missing (no entry "
                    + entry.entry() + ")");
        }
        long values = entry.param().value().length();
        long maxBytes = values * Double.BYTES + NPY_HEADER_ALLOWANCE;
        if (zipEntry.getSize() > maxBytes) {
            throw new ModelFileException(file, "parameter '" + entry.label() + "' (" + entry.entry() + ") is "
                    + zipEntry.getSize() + " bytes uncompressed, but its " + values + " values need at most " + maxBytes
                    + " bytes");
        }
        INDArray stored;
        try (InputStream in = zip.getInputStream(zipEntry)) {
            stored = Npy.read(in, values);
        } catch (Npy.ShapeTooLargeException e) {
            throw new ModelFileException(file, "parameter '" + entry.label() + "' has shape " + Npy.shapeText(e.shape())
                    + " in the file but the architecture needs " + Npy.shapeText(entry.param().value().shape()), e);
        } catch (IOException e) {
            throw new ModelFileException(file, "parameter '" + entry.label() + "' (" + entry.entry() + "): "
                    + e.getMessage(), e);
        }
        if (stored.length() > 0 && !BooleanIndexing.and(stored, Conditions.isFinite())) {
            boolean nan = BooleanIndexing.or(stored, Conditions.isNan());
            throw new ModelFileException(file, "parameter '" + entry.label() + "' holds " + (nan ? "NaN" : "infinite")
                    + " values (the model was saved after its training diverged); retrain it");
        }
        return stored;
    }

    private static void checkFits(Path file, ParamEntry entry, INDArray stored, ModelInfo info)
            throws ModelFileException {
        long[] needed = entry.param().value().shape();
        if (!Arrays.equals(stored.shape(), needed)) {
            throw new ModelFileException(file, "parameter '" + entry.label() + "' has shape "
                    + Npy.shapeText(stored.shape()) + " in the file but the architecture needs " + Npy.shapeText(needed));
        }
        if (stored.dataType() != info.dataType()) {
            throw new ModelFileException(file, "parameter '" + entry.label() + "' is " + ModelInfo.precisionOf(stored.dataType())
                    + " but model.json says " + info.precision());
        }
    }

    private static void requirePresent(Path file, Object value, String key) throws ModelFileException {
        if (value == null) {
            throw new ModelFileException(file, MODEL_JSON + " has no '" + key + "'");
        }
    }

    private static String knownLayerTypes() {
        return Arrays.stream(LayerSpec.class.getAnnotation(JsonSubTypes.class).value())
                .map(JsonSubTypes.Type::name).sorted().collect(Collectors.joining(", "));
    }






    /** The version from the jar manifest; "development" when running from classes (tests, the IDE). */
    static String appVersion() {
        String v = ModelFile.class.getPackage().getImplementationVersion();
        return v != null ? v : "development";
    }
}
