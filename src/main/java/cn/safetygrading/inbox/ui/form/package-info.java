/**
 * Camunda Forms (form-js JSON) rendered natively in Vaadin, and the same rules checked without a UI.
 *
 * <p>Domain-free. {@link cn.safetygrading.inbox.ui.form.FormDefinition} parses a {@code .form} file,
 * {@link cn.safetygrading.inbox.ui.form.CamundaFormView} renders it, and
 * {@link cn.safetygrading.inbox.ui.form.FormValidator} re-checks a submission on the server. Only
 * {@code CamundaFormView}, {@code FormOptions} and the package-private widgets touch Vaadin; the
 * rest is plain Java (checked by {@code FormPackageTest}). See {@code docs/forms.md}.
 */
package cn.safetygrading.inbox.ui.form;
