package org.coordina.sharedkernel.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;

/**
 * The sort keys of a {@link SortableBy} declaration, mapped to the properties they sort by, so that an
 * unknown sort key is a 400 rather than an error deep in the query.
 */
public final class SortWhitelist {

    private final Map<String, String> properties;

    private SortWhitelist(Map<String, String> properties) {
        this.properties = Map.copyOf(properties);
    }

    /** The whitelist a {@link SortableBy} declares. */
    public static SortWhitelist of(SortableBy declaration) {
        return of(declaration.value());
    }

    /** The whitelist of these keys, {@code "key"} or {@code "key=property"}. */
    public static SortWhitelist of(String... keys) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String key : keys) {
            var separator = key.indexOf('=');
            if (separator < 0) {
                properties.put(key.strip(), key.strip());
            }
            else {
                properties.put(key.substring(0, separator).strip(), key.substring(separator + 1).strip());
            }
        }
        return new SortWhitelist(properties);
    }

    /** The page with its orders translated to properties and ended by the id; 400 on an unknown key. */
    public Pageable restrict(Pageable pageable) {
        List<Sort.Order> orders = new ArrayList<>();
        for (Sort.Order order : pageable.getSort()) {
            var property = properties.get(order.getProperty());
            if (property == null) {
                throw new CoordinaProblem(HttpStatus.BAD_REQUEST, "bad-parameter", "problem.badParameter", "sort");
            }
            orders.add(order.withProperty(property));
        }
        orders.add(Sort.Order.asc("id"));
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(orders));
    }
}
