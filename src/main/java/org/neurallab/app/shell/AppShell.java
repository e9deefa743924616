package org.neurallab.app.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.neurallab.app.AppContext;
import org.neurallab.app.I18n;
import org.neurallab.app.LabPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window's content: top bar, lab navigation on the left, the open lab in the middle, status bar
 * at the bottom. The shell is given its labs (see {@code org.neurallab.root.Labs}) and knows them only as
 * {@link LabPage}s. Lab views are created the first time their lab is opened and then kept; {@link #close()}
 * closes every lab that was opened.
 */
public final class AppShell {
    private static final Logger LOG = LoggerFactory.getLogger(AppShell.class);
    private final AppContext context;
    private final List<LabPage> pages;
    static final double COMPACT_BELOW = 1100;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Map<String, Node> views = new LinkedHashMap<>();
    private final NavigationBar navigation;
    private final StatusBar statusBar;
    private final Scene scene;
    private LabPage current;
    private ViewExport export;
    private final RestoreBanner restoreBanner;

    public AppShell(AppContext context, List<LabPage> pages) {
        this(context, pages, true);
    }

    /**
     * @param pages       the labs in navigation order; at least one
     * @param openLastLab false to leave the content empty until {@link #openLastLab()}: the app shows the window
     *                    first and builds the (possibly heavy) lab view a frame later
     */
    public AppShell(AppContext context, List<LabPage> pages, boolean openLastLab) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("The shell needs at least one lab");
        }
        this.context = context;
        this.pages = List.copyOf(pages);
        AppFonts.load();
        root.getStyleClass().add("app-root");
        content.getStyleClass().add("lab-content");
        content.setId("lab-content");
        // a lab never pushes the status bar out of the window; pages scroll on their own if they need to
        content.setMinSize(0, 0);
        content.setClip(clipFor(content));
        navigation = new NavigationBar(context, pages, this::showLab);
        statusBar = new StatusBar(context);
        export = new ViewExport(ViewExport.dialog(context.stage(), key -> context.i18n().text(key)));
        // last session's unsaved work is offered under the top bar (each lab registered its slot when made)
        restoreBanner = new RestoreBanner(context.autoSave(), this::showLab);
        root.setTop(new VBox(new TopBar(context, this::showAbout, this::exportView), restoreBanner));
        context.autoSave().findOffers();
        context.autoSave().start();
        root.setLeft(navigation);
        root.setCenter(content);
        root.setBottom(statusBar);
        scene = new Scene(root, context.settings().getWindowWidth(), context.settings().getWindowHeight());
        // below about 1,100 unscaled pixels of width the lab needs the navigation's room more than its names
        navigation.compactProperty().bind(scene.widthProperty().divide(context.uiScaleProperty()).lessThan(COMPACT_BELOW));
        scene.getStylesheets().add(Theme.appCss());
        UiScale.install(scene, context.uiScaleProperty());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::exportView);
        context.setNoticeHandler(new LabNotices(() -> scene.getWindow(),
                () -> current == null ? null : current.id(), this::showLab));
        Theme.apply(context.darkThemeProperty().get(), root);
        context.darkThemeProperty().addListener((obs, old, dark) -> Theme.apply(dark, root));
        if (openLastLab) {
            openLastLab();
        }
    }

    /** Opens the lab the settings remember, or the first one. */
    public void openLastLab() {
        String lastLab = context.settings().getLastLab();
        showLab(find(lastLab).map(LabPage::id).orElse(pages.get(0).id()));
    }

    /** Puts the shell into the stage (title, size, F11); does not show it. */
    public void attach(Stage stage) {
        stage.setScene(scene);
        stage.titleProperty().bind(context.i18n().bind("app.title"));
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        PresenterMode.install(stage, context.i18n());
    }

    /** Opens the lab with this id (creating its view on first use); unknown ids are an error. */
    public void showLab(String id) {
        LabPage page = find(id)
                .orElseThrow(() -> new IllegalArgumentException("Unknown lab id '" + id + "'; known: "
                        + pages.stream().map(LabPage::id).toList()));
        if (page == current) {
            return;
        }
        if (current != null) {
            current.onHide();
        }
        Node view = views.computeIfAbsent(id, key -> page.view());
        content.getChildren().setAll(view);
        current = page;
        navigation.select(id);
        if (!id.equals(context.settings().getLastLab())) {
            context.settings().setLastLab(id);
            context.saveSettings();
        }
        page.onShow();
    }

    /**
     * Copies a picture of the open lab (at twice its size) to the clipboard and saves it as PNG where the user
     * chooses; the status bar says where it went.
     */
    public void exportView() {
        if (current == null) {
            return;
        }
        export.export(content, current.id(), outcome -> {
            I18n i18n = context.i18n();
            String text;
            if (outcome.error() != null) {
                text = i18n.text("app.export.failed", outcome.error());
            } else if (outcome.file() != null) {
                text = i18n.text(outcome.copied() ? "app.export.savedAndCopied" : "app.export.saved",
                        outcome.file().getFileName());
            } else {
                text = outcome.copied() ? i18n.text("app.export.copied") : "";
            }
            statusBar.setRunText(text);
        });
    }

    /** Replaces the save dialog (tests, or a fixed folder): given a suggested name, returns the file or null. */
    public void setExportChooser(java.util.function.Function<String, java.nio.file.Path> chooser) {
        export = new ViewExport(chooser);
    }

    public LabPage currentLab() {
        return current;
    }

    /** The labs in navigation order. */
    public List<LabPage> pages() {
        return pages;
    }

    public Optional<LabPage> find(String id) {
        return pages.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * Closes every lab whose view was built (the app calls this when its window closes), the open one first.
     * A lab that fails to close is logged and the others still close. Unsaved work is autosaved first.
     */
    public void close() {
        context.autoSave().close(); // while the labs can still be asked for their state
        if (current != null) {
            current.onHide();
        }
        for (LabPage page : pages) {
            if (views.containsKey(page.id())) {
                try {
                    page.close();
                } catch (RuntimeException e) {
                    LOG.error("Lab '{}' did not close", page.id(), e);
                }
            }
        }
    }

    public Scene scene() {
        return scene;
    }

    public BorderPane root() {
        return root;
    }

    public RestoreBanner restoreBanner() {
        return restoreBanner;
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    private static javafx.scene.shape.Rectangle clipFor(javafx.scene.layout.Region region) {
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(region.widthProperty());
        clip.heightProperty().bind(region.heightProperty());
        return clip;
    }

    private void showAbout() {
        AboutDialog.create(context.stage(), context.i18n(), context.uiScaleProperty().get(),
                context.darkThemeProperty().get()).showAndWait();
    }
}
