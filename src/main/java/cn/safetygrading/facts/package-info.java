/** The fact registers of the enterprise file (accidents, penalties, credit and risk facts) that the decisions read. */
package cn.safetygrading.facts;
