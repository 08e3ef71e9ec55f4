/** JSON text with the application's ObjectMapper: {@link cn.safetygrading.base.json.Json}. */
package cn.safetygrading.base.json;
