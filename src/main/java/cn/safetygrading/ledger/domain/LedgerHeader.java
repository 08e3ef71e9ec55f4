package cn.safetygrading.ledger.domain;

import java.time.LocalDate;

/**
 * The header block of the ledger file: title, 填报单位, the totals (共计各类企业 … 家，其中，Ⅰ类 … 家；Ⅱ类 … 家)
 * and, once signed, 审签人 and 审签日期 (null before).
 */
public record LedgerHeader(
        String title, String fillingUnit, long total, long classI, long classII, String signer, LocalDate signedOn) {}
