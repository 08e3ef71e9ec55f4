/** Accounts, roles, region scope and login: one account store (Camunda's identity tables) for the UI, the API and the engine. */
package cn.safetygrading.security;
