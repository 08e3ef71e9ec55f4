/** Notifications: people hear about their work in the message centre, and by e-mail or SMS if they chose. */
package cn.safetygrading.notification;
