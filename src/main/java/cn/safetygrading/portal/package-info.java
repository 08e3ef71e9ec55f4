/** The enterprise's own portal: its file and grade, what the grade means, its running grading and its history. */
package cn.safetygrading.portal;
