/** The grading lifecycle: campaigns, grading cycles, checklists, decisions, watch periods and dynamic adjustment. */
package cn.safetygrading.grading;
