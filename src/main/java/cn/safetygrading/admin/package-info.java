/** Administration in the application: departments with their 任务分工, and accounts with their roles. */
package cn.safetygrading.admin;
