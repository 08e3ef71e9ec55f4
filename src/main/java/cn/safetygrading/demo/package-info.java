/** Demo data for the embedded default: the accounts of contract.md and 威海市 with a few dozen enterprises. */
package cn.safetygrading.demo;
