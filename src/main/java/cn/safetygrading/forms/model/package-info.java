/**
 * Camunda Forms (form-js JSON) as plain Java: the model, its FEEL conditions, the validator and the
 * file rules that a server checks a submission with.
 *
 * <p>Domain-free and screen-free: {@link cn.safetygrading.forms.model.FormDefinition} parses a
 * {@code .form} file, {@link cn.safetygrading.forms.model.FormValidator} re-checks a submission.
 * Nothing here touches Vaadin or Spring (checked by {@code FormPackageTest}); the renderer is in
 * {@code cn.safetygrading.forms.ui}. See {@code docs/forms.md}.
 */
package cn.safetygrading.forms.model;
