/** The filters and error answers in front of the REST doors ({@code /engine-rest}, {@code /api}, {@code /camunda/api}). */
package cn.safetygrading.security.web;
