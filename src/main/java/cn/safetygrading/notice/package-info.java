/** The public notice (公示) of proposed grades and the objections (异议) anyone may file against them. */
package cn.safetygrading.notice;
