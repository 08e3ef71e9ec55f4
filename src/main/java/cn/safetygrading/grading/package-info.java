/** Grading (分级): campaigns, grading cycles, the assessment checklists (评估标准) and their scores, decisions and watch periods. */
package cn.safetygrading.grading;
