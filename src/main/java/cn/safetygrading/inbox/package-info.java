/** The officials' task inbox: their tasks and their groups' tasks, labelled with business data. */
package cn.safetygrading.inbox;
