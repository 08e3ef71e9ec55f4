/**
 * Official documents (公文) as PDF (issue #16, docs/documents.md): the 公示 of a campaign's list, the
 * 分级结果告知书 and the 审批单 of a grading case. Each is numbered (文号 per issuing unit and year, gap-free),
 * stored with its inputs and bytes, and served again by {@code GET /documents/{id}} to whoever may see
 * the decision it records (404 otherwise).
 */
package cn.safetygrading.document;
