package org.coordina.sharedkernel.pages;

import java.beans.PropertyEditorSupport;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
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
