/**
 * The consequences the seeds name (domain §5, §6, §11): records of 约谈, 通报, 警示, 挂牌督办, 停产停业整顿 and
 * 关闭 on the enterprise file, the proposals a D grade or repeated low grades put to the managers, the
 * lists of consecutive low and high grades, and the per-county falsification figures of a campaign.
 */
package cn.safetygrading.consequence;
