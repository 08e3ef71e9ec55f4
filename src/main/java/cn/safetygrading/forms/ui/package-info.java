/**
 * The Vaadin renderer of Camunda Forms: {@link cn.safetygrading.forms.ui.CamundaFormView} draws a
 * {@link cn.safetygrading.forms.model.FormDefinition} with native Vaadin fields and checks it with the
 * same {@link cn.safetygrading.forms.model.FormValidator} the server uses. See {@code docs/forms.md}.
 */
package cn.safetygrading.forms.ui;
