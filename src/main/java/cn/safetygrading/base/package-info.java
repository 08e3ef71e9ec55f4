/** Shared ground for every feature: database bootstrap, engine settings, clock, i18n and the application shell. */
package cn.safetygrading.base;
