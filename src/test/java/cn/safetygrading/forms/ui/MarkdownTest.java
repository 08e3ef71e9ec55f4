package cn.safetygrading.forms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.forms.ui.Markdown.Heading;
import cn.safetygrading.forms.ui.Markdown.Inline;
import cn.safetygrading.forms.ui.Markdown.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void headingsAndParagraphs() {
        assertThat(Markdown.parse("### 初审\n先查必备项，\n再核对记录。\n\n第二段"))
                .containsExactly(
                        new Heading(3, List.of(new Inline("初审", false))),
                        new Paragraph(List.of(new Inline("先查必备项， 再核对记录。", false))),
                        new Paragraph(List.of(new Inline("第二段", false))));
        assertThat(Markdown.parse("# One #\r\n###### Six"))
                .containsExactly(
                        new Heading(1, List.of(new Inline("One", false))),
                        new Heading(6, List.of(new Inline("Six", false))));
        assertThat(Markdown.parse("#no space")).containsExactly(new Paragraph(List.of(new Inline("#no space", false))));
    }

    @Test
    void bold() {
        assertThat(Markdown.inlines("否决项**不合格**直接定为 __D 级__。"))
                .containsExactly(
                        new Inline("否决项", false),
                        new Inline("不合格", true),
                        new Inline("直接定为 ", false),
                        new Inline("D 级", true),
                        new Inline("。", false));
        assertThat(Markdown.inlines("a ** b")).containsExactly(new Inline("a ** b", false));
        assertThat(Markdown.inlines("\\*\\*not bold\\*\\*")).containsExactly(new Inline("**not bold**", false));
    }

    @Test
    void htmlStaysText() {
        assertThat(Markdown.parse("<script>alert('x')</script> <b>hi</b>"))
                .containsExactly(new Paragraph(List.of(new Inline("<script>alert('x')</script> <b>hi</b>", false))));
    }

    @Test
    void otherMarkdownStaysLiteral() {
        assertThat(Markdown.parse("- item\n[link](http://x)"))
                .containsExactly(new Paragraph(List.of(new Inline("- item [link](http://x)", false))));
        assertThat(Markdown.parse("")).isEmpty();
        assertThat(Markdown.parse(null)).isEmpty();
    }
}
