package io.stancewatch.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stancewatch.schemas.Stance;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedTemplatesTest {

    @Test
    void shouldLoadEveryStanceWhenTheDefaultTemplatesAreRead() {
        final FeedTemplates templates = FeedTemplates.loadDefault();

        assertThat(templates.membership())
                .containsOnlyKeys(Stance.SUPPORT, Stance.CONDITIONAL, Stance.DEFERRED, Stance.OPPOSE);
        assertThat(templates.consensus()).containsOnlyKeys(Stance.REACHED, Stance.LACKING);
        assertThat(templates.organizations()).extracting(FeedTemplates.Organization::code).contains("NATO");
    }

    @Test
    void shouldNameTheSlotWhenATemplateUsesAnUnknownSlot() {
        final String yaml = defaultYaml().replace("fully backs {candidate}", "fully backs {nominee}");

        assertThatThrownBy(() -> FeedTemplates.load(stream(yaml), "broken.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken.yaml")
                .hasMessageContaining("membership.SUPPORT")
                .hasMessageContaining("{nominee}");
    }

    @Test
    void shouldNameTheCountryWhenAnOrganizationNamesAnUnknownMember() {
        final String yaml = defaultYaml().replace("members: [HUN, SVK, TUR", "members: [HUN, XYZ, TUR");

        assertThatThrownBy(() -> FeedTemplates.load(stream(yaml), "broken.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NATO")
                .hasMessageContaining("XYZ");
    }

    @Test
    void shouldNameTheSectionWhenAStanceHasNoTemplates() {
        final String yaml = defaultYaml().replace("  DEFERRED:\n", "  DEFERRED_LATER:\n");

        assertThatThrownBy(() -> FeedTemplates.load(stream(yaml), "broken.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken.yaml");
    }

    @Test
    void shouldNameTheSectionWhenASectionIsMissing() {
        final String yaml = defaultYaml().replaceFirst("(?m)^sources: .*$", "");

        assertThatThrownBy(() -> FeedTemplates.load(stream(yaml), "broken.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken.yaml: sources is missing");
    }

    private static String defaultYaml() {
        try (InputStream in =
                FeedTemplates.class.getClassLoader().getResourceAsStream(FeedTemplates.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream stream(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
