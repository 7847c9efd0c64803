package org.coordina.app.web;

import java.util.Comparator;
import java.util.List;

import org.coordina.sharedkernel.pages.AttentionItem;
import org.coordina.sharedkernel.pages.AttentionSource;
import org.coordina.sharedkernel.pages.PageController;
import org.coordina.sharedkernel.security.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The browser pages the application itself owns: the sign-in page and the home page of every role. */
@PageController
class PagesController {

    private final List<AttentionSource> sources;

    PagesController(List<AttentionSource> sources) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(AttentionSource::order)).toList();
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** "What needs my attention": one section per module that has something for this user. */
    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        var user = SignedInUser.of(authentication).orElseThrow();
        var sections = sources.stream()
                .map(source -> new AttentionSection(source.headingCode(), source.attentionFor(user)))
                .filter(section -> !section.items().isEmpty())
                .toList();
        model.addAttribute("username", authentication.getName());
        model.addAttribute("role", user.role().map(Enum::name).orElse(""));
        model.addAttribute("sections", sections);
        return "home";
    }

    /** A module's section of the home page. */
    record AttentionSection(String headingCode, List<AttentionItem> items) {
    }
}
