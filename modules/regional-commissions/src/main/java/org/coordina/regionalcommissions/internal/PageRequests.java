package org.coordina.regionalcommissions.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coordina.sharedkernel.web.CoordinaProblem;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;

/**
 * Lets clients sort lists only by the fields the API names (mapped to the aggregate's properties),
 * so that an unknown sort key is a 400 rather than an error deep in the query, and ends every
 * order with the id so that pages never overlap.
 */
final class PageRequests {

    private PageRequests() {
    }

    static Pageable restrict(Pageable pageable, Map<String, String> sortable) {
        List<Sort.Order> orders = new ArrayList<>();
        for (Sort.Order order : pageable.getSort()) {
            var property = sortable.get(order.getProperty());
            if (property == null) {
                throw new CoordinaProblem(HttpStatus.BAD_REQUEST, "bad-parameter", "problem.badParameter", "sort");
            }
            orders.add(order.withProperty(property));
        }
        orders.add(Sort.Order.asc("id"));
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(orders));
    }
}
