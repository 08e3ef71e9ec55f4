package cn.safetygrading.document.service;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Chinese line-breaking rules (禁则, GB/T 15834 practice) for OpenPDF: no line starts with closing or pausing
 * punctuation (，。、；：？！）」』》〉】〕… and their ASCII forms), no line ends with an opening one (（「『《〈【〔).
 * OpenPDF breaks a line after a character its {@link SplitCharacter} accepts, and between any two CJK characters
 * by default; this one refuses a break before a no-start mark and after a no-end mark, so the mark travels with its
 * neighbour to the next line or stays on this one.
 */
final class CjkLineBreaks extends DefaultSplitCharacter {

    /** Must not begin a line. */
    static final String NO_START = "，。、；：？！）」』》〉】〕〗〙〛’”…‥·・—～％‰℃°,.;:?!)]}%" + "\u3015\uff09\uff3d\uff5d";

    /** Must not end a line. */
    static final String NO_END = "（「『《〈【〔〖〘〚‘“([{" + "\uff08\uff3b\uff5b";

    static final SplitCharacter RULES = new CjkLineBreaks();

    private CjkLineBreaks() {}

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = getCurrentCharacter(current, cc, ck);
        if (current + 1 < end && NO_START.indexOf(getCurrentCharacter(current + 1, cc, ck)) >= 0) {
            return false;
        }
        if (NO_END.indexOf(c) >= 0) {
            return false;
        }
        return NO_START.indexOf(c) >= 0 || super.isSplitCharacter(start, current, end, cc, ck);
    }

    /** Applies the rules to every chunk of {@code phrase} (a paragraph or a cell's phrase); @return it. */
    static <T extends Phrase> T apply(T phrase) {
        for (Object element : phrase.getChunks()) {
            if (element instanceof Chunk chunk) {
                chunk.setSplitCharacter(RULES);
            }
        }
        return phrase;
    }
}
