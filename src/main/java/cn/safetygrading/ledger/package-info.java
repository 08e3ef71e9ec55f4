/** The enterprise ledger (台账): regions, enterprises, classification, import/export and the one file per enterprise (一企一档). */
package cn.safetygrading.ledger;
