package org.coordina.sharedkernel.pages;

import java.beans.PropertyEditorSupport;
import java.util.function.Supplier;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;

/**
 * How the pages' forms bind, the same for every module: a blank field is an absent value (as a missing JSON property
 * is for the API), text is trimmed, and a commission code is parsed (a malformed one is a field error).
 */
public final class FormBinding {

    private FormBinding() {
    }

    /** Call from a page controller's {@code @InitBinder}. */
    public static void blanksAreAbsent(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        binder.registerCustomEditor(CommissionCode.class, new CommissionCodeEditor());
    }

    /**
     * The form a post made, or, when the post carried what the form's controls cannot send (a choice that is not one,
     * a malformed number, date or id, a missing field) so that no form could be made of it, the form the page shows
     * instead, put back in the model with the post's errors beside it: the page then shows its error summary rather
     * than failing on a form that is not there. Call first in a handler of a {@code @ModelAttribute} record.
     */
    public static <F> F orShown(F posted, BindingResult errors, Model model, Supplier<F> shown) {
        if (errors.getTarget() != null) {
            return posted;
        }
        var form = shown.get();
        model.addAttribute(errors.getObjectName(), form);
        // Adding the form drops the binding result of the post, whose errors the page must show.
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), errors);
        return form;
    }

    private static final class CommissionCodeEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(text == null || text.isBlank() ? null : CommissionCode.parse(text.strip()));
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }
}
