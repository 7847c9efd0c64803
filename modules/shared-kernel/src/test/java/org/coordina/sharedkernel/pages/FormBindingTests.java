package org.coordina.sharedkernel.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.support.BindingAwareModelMap;

class FormBindingTests {

    record Form(String name, long version) {
    }

    @Test
    void aPostAFormWasMadeOfIsKeptAsItIs() {
        var posted = new Form("posted", 3);
        var errors = new BeanPropertyBindingResult(posted, "form");
        var model = new BindingAwareModelMap();

        var form = FormBinding.orShown(posted, errors, model, () -> new Form("shown", 7));

        assertThat(form).isSameAs(posted);
        assertThat(model).doesNotContainKey("form");
    }

    @Test
    void aPostNoFormCouldBeMadeOfShowsTheGivenFormWithThePostsErrors() {
        var errors = new BeanPropertyBindingResult(null, "form");
        errors.reject("typeMismatch");
        var model = new BindingAwareModelMap();
        model.addAttribute("form", null);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);

        var form = FormBinding.orShown(null, errors, model, () -> new Form("shown", 7));

        assertThat(form).isEqualTo(new Form("shown", 7));
        assertThat(model).containsEntry("form", form)
                .containsEntry(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        assertThat(errors.hasErrors()).isTrue();
    }
}
