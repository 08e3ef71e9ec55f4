package cn.safetygrading.base;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.ledger.domain.AdminLevel;
import org.junit.jupiter.api.Test;

class CodesTest {

    @Test
    void aCodeIsReadExactlyAsStored() {
        assertThat(Codes.of(AdminLevel.class, "COUNTY")).contains(AdminLevel.COUNTY);
        assertThat(Codes.of(AdminLevel.class, "county")).isEmpty();
        assertThat(Codes.of(AdminLevel.class, " COUNTY")).isEmpty();
        assertThat(Codes.of(AdminLevel.class, "")).isEmpty();
        assertThat(Codes.of(AdminLevel.class, null)).isEmpty();
    }

    @Test
    void allCodesInDeclarationOrder() {
        assertThat(Codes.all(AdminLevel.class)).containsExactly("CITY", "COUNTY", "TOWNSHIP", "VILLAGE");
    }
}
