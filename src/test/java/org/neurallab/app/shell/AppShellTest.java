package org.neurallab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.neurallab.app.AppContext;
import org.neurallab.app.I18n;
import org.neurallab.app.LabPage;
import org.neurallab.app.Screenshots;
import org.neurallab.app.settings.AppSettings;
import org.neurallab.app.settings.SettingsStore;
import org.neurallab.root.Labs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class AppShellTest {
    private Path settingsFolder;
    private AppContext context;
    private AppShell shell;

    @Start
    void start(Stage stage) {
        settingsFolder = Path.of(System.getProperty("neurallab.settings", "target/test-settings"))
                .resolve("shell-" + UUID.randomUUID());
        I18n.get().setLocale(I18n.ENGLISH);
        context = new AppContext(stage, new SettingsStore(settingsFolder));
        shell = new AppShell(context, Labs.create(context));
        shell.attach(stage);
        stage.show();
    }

    @AfterEach
    void reset(FxRobot robot) {
        robot.interact(() -> {
            I18n.get().setLocale(I18n.ENGLISH);
            context.darkThemeProperty().set(false);
        });
    }

    @Test
    void opensTheFirstLabAndEveryLabFromTheNavigation(FxRobot robot) {
        assertThat(shell.currentLab().id()).isEqualTo("playground");
        for (LabPage page : shell.pages()) {
            robot.clickOn("#nav-" + page.id());
            assertThat(shell.currentLab().id()).isEqualTo(page.id());
            Node view = robot.lookup("#page-" + page.id()).query();
            assertThat(view.isVisible()).isTrue();
            assertThat(view.getScene()).isSameAs(shell.scene());
            assertThat(robot.lookup("#nav-" + page.id()).queryAs(ToggleButton.class).isSelected()).isTrue();
        }
        // clicking the open lab again keeps it selected
        robot.clickOn("#nav-curriculum");
        assertThat(robot.lookup("#nav-curriculum").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void switchesToKoreanWhileRunning(FxRobot robot) {
        ToggleButton training = robot.lookup("#nav-training").queryAs(ToggleButton.class);
        assertThat(training.getText()).isEqualTo("Training");
        robot.clickOn("#lang-ko");
        assertThat(I18n.get().locale()).isEqualTo(I18n.KOREAN);
        assertThat(training.getText()).isEqualTo("학습");
        assertThat(robot.lookup("#engine-status").queryAs(Label.class).getText()).isEqualTo("엔진 준비 중…");
        robot.clickOn("#lang-en");
        assertThat(training.getText()).isEqualTo("Training");
    }

    @Test
    void themeToggleSwitchesBetweenLightAndDark(FxRobot robot) {
        assertThat(Theme.isDarkInstalled()).isFalse();
        robot.clickOn("#theme-toggle");
        assertThat(Theme.isDarkInstalled()).isTrue();
        assertThat(shell.root().getStyleClass()).contains("dark");
        assertThat(context.settings().isDarkTheme()).isTrue();
        robot.clickOn("#theme-toggle");
        assertThat(Theme.isDarkInstalled()).isFalse();
        assertThat(shell.root().getStyleClass()).doesNotContain("dark");
    }

    @Test
    void uiScaleChangesTheRootFontSize(FxRobot robot) {
        Label engine = robot.lookup("#engine-status").queryAs(Label.class);
        double normalSize = engine.getFont().getSize();
        // a navigation icon: every lab's nav item has one, whichever labs are still placeholders
        FontIcon icon = (FontIcon) robot.lookup("#nav-playground").queryAs(ToggleButton.class).getGraphic();
        int normalIcon = icon.getIconSize();
        robot.clickOn("#zoom-in");
        robot.clickOn("#zoom-in");
        assertThat(context.uiScaleProperty().get()).isEqualTo(1.5);
        assertThat(shell.root().getStyle()).contains("21.0px");
        assertThat(engine.getFont().getSize()).isCloseTo(normalSize * 1.5, org.assertj.core.data.Offset.offset(0.01));
        assertThat(robot.lookup("#scale-value").queryAs(Label.class).getText()).isEqualTo("150%");
        assertThat(icon.getIconSize()).isEqualTo(Math.round(normalIcon * 1.5f));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertThat(context.uiScaleProperty().get()).isEqualTo(1.0);
        assertThat(shell.scene().getWidth()).isGreaterThanOrEqualTo(AppShell.COMPACT_BELOW);
        assertThat(robot.lookup("#nav-training").queryAs(ToggleButton.class).getContentDisplay())
                .isEqualTo(javafx.scene.control.ContentDisplay.LEFT);
        assertThat(engine.getFont().getSize()).isCloseTo(normalSize, org.assertj.core.data.Offset.offset(0.01));
        for (int i = 0; i < 6; i++) {
            robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        }
        assertThat(context.uiScaleProperty().get()).isEqualTo(2.0);
        assertThat(robot.lookup("#zoom-in").queryAs(Button.class).isDisabled()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        assertThat(context.uiScaleProperty().get()).isEqualTo(1.75);
        // a 1280-pixel window at 175 %: the navigation shrinks to its icons, the names become tooltips
        ToggleButton nav = robot.lookup("#nav-training").queryAs(ToggleButton.class);
        assertThat(shell.scene().getWidth() / 1.75).isLessThan(AppShell.COMPACT_BELOW);
        assertThat(nav.getContentDisplay()).isEqualTo(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        assertThat(nav.getTooltip().getText()).isEqualTo("Training");
        Screenshots.save(shell.scene(), "shell-scale-175");
        robot.interact(() -> context.uiScaleProperty().set(1.0));
    }

    @Test
    void settingsArePersistedAndRestored(FxRobot robot) {
        robot.clickOn("#nav-convolution");
        robot.clickOn("#lang-ko");
        robot.clickOn("#theme-toggle");
        robot.clickOn("#zoom-in");
        AppSettings saved = new SettingsStore(settingsFolder).load();
        assertThat(saved.getLastLab()).isEqualTo("convolution");
        assertThat(saved.getLanguage()).isEqualTo("ko");
        assertThat(saved.isDarkTheme()).isTrue();
        assertThat(saved.getUiScale()).isEqualTo(1.25);

        // a copy in a second folder, so this window's listeners cannot overwrite it while we switch back
        Path copy = settingsFolder.resolveSibling(settingsFolder.getFileName() + "-copy");
        new SettingsStore(copy).save(saved);
        robot.interact(() -> {
            I18n.get().setLocale(I18n.ENGLISH);
            AppContext again = new AppContext(null, new SettingsStore(copy));
            AppShell restored = new AppShell(again, Labs.create(again));
            assertThat(restored.currentLab().id()).isEqualTo("convolution");
            assertThat(I18n.get().locale()).isEqualTo(I18n.KOREAN);
            assertThat(again.darkThemeProperty().get()).isTrue();
            assertThat(again.uiScaleProperty().get()).isEqualTo(1.25);
            again.uiScaleProperty().set(1.0);
        });
        robot.interact(() -> context.uiScaleProperty().set(1.0));
    }

    @Test
    void closingTheShellClosesEveryLabThatWasOpenedAndOnlyThose(FxRobot robot) {
        List<String> calls = new ArrayList<>();
        List<LabPage> pages = List.of(new RecordingPage("one", calls), new RecordingPage("two", calls),
                new RecordingPage("three", calls));
        robot.interact(() -> {
            AppShell own = new AppShell(context, pages);
            own.showLab("three");
            own.showLab("one");
            own.close();
        });
        // the shell opens the first lab (the remembered one is not among these), "two" is never opened and so
        // has nothing to close; the open lab is hidden before the labs close
        assertThat(calls).containsExactly("view one", "hide one", "view three", "hide three", "hide one",
                "close one", "close three");
    }

    @Test
    void aShellWithoutLabsIsRefused() {
        assertThatThrownBy(() -> new AppShell(context, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one lab");
    }

    /** A lab that writes down what the shell asks of it. */
    private record RecordingPage(String id, List<String> calls) implements LabPage {
        @Override
        public String titleKey() {
            return "app.nav.training";
        }

        @Override
        public org.kordamp.ikonli.Ikon icon() {
            return org.kordamp.ikonli.materialdesign2.MaterialDesignC.CHART_LINE;
        }

        @Override
        public Node view() {
            calls.add("view " + id);
            Label label = new Label(id);
            label.setId("page-" + id);
            return label;
        }

        @Override
        public void onHide() {
            calls.add("hide " + id);
        }

        @Override
        public void close() {
            calls.add("close " + id);
        }
    }

    @Test
    void statusBarShowsEngineStateAndRunText(FxRobot robot) {
        Label engine = robot.lookup("#engine-status").queryAs(Label.class);
        assertThat(engine.getText()).isEqualTo("Engine initialising…");
        robot.interact(() -> shell.statusBar().engineReadyProperty().set(true));
        assertThat(engine.getText()).isEqualTo("Engine ready");
        robot.interact(() -> shell.statusBar().setRunText("Epoch 1/3 · 5,000 samples/s"));
        assertThat(robot.lookup("#run-status").queryAs(Label.class).getText()).isEqualTo("Epoch 1/3 · 5,000 samples/s");
        assertThat(context.runStatusProperty().get()).isEqualTo("Epoch 1/3 · 5,000 samples/s");
    }

    @Test
    void aboutDialogNamesDatasetsAndLicences(FxRobot robot) {
        robot.clickOn("#about-button");
        WaitForAsyncUtils.waitForFxEvents();
        Node body = robot.lookup("#about-body").query();
        String text = robot.lookup("#about-body .label").queryAllAs(Label.class).stream()
                .map(Label::getText).reduce("", String::concat);
        assertThat(text).contains("CC BY-SA 3.0", "Zalando Research", "MIT", "SIL Open Font License", "stratified");
        Screenshots.save(body.getScene(), "about-en");
        Button close = robot.lookup(".dialog-pane .button").queryButton();
        assertThat(close.getText()).isEqualTo("Close");
        robot.clickOn(close);
        assertThat(robot.lookup("#about-body").tryQuery()).isEmpty();
    }

    @Test
    void screenshotsOfEveryLabInBothLanguagesAndThemes(FxRobot robot) {
        for (boolean dark : new boolean[] {false, true}) {
            for (String language : new String[] {"en", "ko"}) {
                robot.interact(() -> {
                    context.darkThemeProperty().set(dark);
                    I18n.get().setLocale(java.util.Locale.forLanguageTag(language));
                });
                for (LabPage page : shell.pages()) {
                    robot.interact(() -> shell.showLab(page.id())); // clicking is covered by the navigation test
                    Path file = Screenshots.save(shell.scene(),
                            page.id() + "-" + language + "-" + (dark ? "dark" : "light"));
                    assertThat(file).exists();
                }
            }
        }
    }
}
