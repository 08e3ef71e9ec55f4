package cn.safetygrading.ledger.domain;

/** A section (门类, A–T) or division (大类, 01–97) of GB/T 4754-2017. */
public record Industry(String code, String name, String level, String sectionCode) {

    public boolean isDivision() {
        return "DIVISION".equals(level);
    }

    /** {@code 13 农副食品加工业}: how the ledger file writes a division. */
    public String label() {
        return code + " " + name;
    }
}
