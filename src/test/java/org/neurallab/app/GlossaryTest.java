package org.neurallab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Korean bundles follow the glossary (i18n/glossary.tsv): no retired variant of a term appears. */
class GlossaryTest {
    private static final Path BUNDLES = Path.of("src/main/resources/org/neurallab/i18n");

    record Term(String en, String ko, List<String> retired) { }

    static List<Term> glossary() throws IOException {
        List<Term> terms = new ArrayList<>();
        for (String line : Files.readAllLines(BUNDLES.resolve("glossary.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            assertThat(cols).as("glossary line %s", line).hasSize(4);
            List<String> retired = cols[2].isEmpty() ? List.of() : List.of(cols[2].split("\\|"));
            terms.add(new Term(cols[0], cols[1], retired));
        }
        return terms;
    }

    @Test
    void noKoreanBundleUsesARetiredVariant() throws IOException {
        List<Term> terms = glossary();
        assertThat(terms).hasSizeGreaterThan(20);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("_ko.properties")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.startsWith("#")) {
                        continue;
                    }
                    for (Term term : terms) {
                        for (String variant : term.retired()) {
                            if (line.contains(variant)) {
                                found.add(file.getFileName() + ":" + (i + 1) + " uses '" + variant + "' for " + term.en()
                                        + " (glossary: '" + term.ko() + "')");
                            }
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void noRetiredVariantIsPartOfItsOwnTerm() throws IOException {
        for (Term term : glossary()) {
            for (String variant : term.retired()) {
                assertThat(term.ko()).as(term.en()).doesNotContain(variant);
            }
        }
    }

    @Test
    void theKeptTermsAreTheOnesTheBundlesUse() throws IOException {
        String all;
        try (Stream<Path> files = Files.list(BUNDLES)) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("_ko.properties")).toList()) {
                text.append(Files.readString(file, StandardCharsets.UTF_8));
            }
            all = text.toString();
        }
        // the central words of the course appear in the app in the glossary's form
        for (String kept : List.of("학습", "특징 맵", "맥스 풀링", "에버리지 풀링", "경사 하강법", "평균 제곱 오차", "뉴런",
                "형상", "귤", "과적합(오버피팅)")) {
            assertThat(all).as(kept).contains(kept);
        }
    }
}
