package org.coordina.testsupport;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * A Spring Data repository in a map, for the Spring-free unit tests of the application services. Like
 * Spring Data JDBC it increments the {@code @Version} on every save (a new aggregate is saved as
 * version 1) and then hands the aggregate's registered events to {@link #published}; it keeps the saved
 * instance itself, so a test sees what the service changed.
 */
public abstract class InMemoryRepository<T> implements ListCrudRepository<T, UUID> {

    private final Map<UUID, T> rows = new LinkedHashMap<>();

    /** The events saving has published, in order, as Spring Data publishes an aggregate's domain events. */
    protected final List<Object> published;

    private final Field id;

    private final Field version;

    private int saves;

    /** A repository of this aggregate type whose published events nobody reads. */
    protected InMemoryRepository(Class<T> type) {
        this(type, new ArrayList<>());
    }

    /** A repository of this aggregate type that adds the events saving publishes to this list. */
    protected InMemoryRepository(Class<T> type, List<Object> published) {
        this.published = published;
        this.id = annotated(type, Id.class);
        this.version = annotated(type, Version.class);
    }

    /** How often anything was saved, so that a test can tell that an unchanged aggregate was not. */
    public int saves() {
        return saves;
    }

    public List<T> where(Predicate<T> condition) {
        return rows.values().stream().filter(condition).toList();
    }

    public Page<T> page(Predicate<T> condition, Pageable pageable) {
        var all = where(condition);
        if (pageable.isUnpaged()) {
            return new PageImpl<>(all);
        }
        var from = (int) Math.min(pageable.getOffset(), all.size());
        var to = Math.min(from + pageable.getPageSize(), all.size());
        return new PageImpl<>(all.subList(from, to), pageable, all.size());
    }

    @Override
    public <S extends T> S save(S entity) {
        try {
            version.setLong(entity, version.getLong(entity) + 1);
            rows.put((UUID) id.get(entity), entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        saves++;
        if (entity instanceof AbstractAggregateRoot<?> aggregate) {
            Collection<?> registered = ReflectionTestUtils.invokeMethod(aggregate, "domainEvents");
            published.addAll(registered);
            ReflectionTestUtils.invokeMethod(aggregate, "clearDomainEvents");
        }
        return entity;
    }

    @Override
    public <S extends T> List<S> saveAll(Iterable<S> entities) {
        var saved = new ArrayList<S>();
        entities.forEach(entity -> saved.add(save(entity)));
        return saved;
    }

    @Override
    public Optional<T> findById(UUID key) {
        return Optional.ofNullable(rows.get(key));
    }

    @Override
    public boolean existsById(UUID key) {
        return rows.containsKey(key);
    }

    @Override
    public List<T> findAll() {
        return List.copyOf(rows.values());
    }

    /** Sorting is the database's business; the fake keeps the order of insertion. */
    public List<T> findAll(Sort sort) {
        return findAll();
    }

    public Page<T> findAll(Pageable pageable) {
        return page(row -> true, pageable);
    }

    @Override
    public List<T> findAllById(Iterable<UUID> keys) {
        return StreamSupport.stream(keys.spliterator(), false).map(rows::get).filter(row -> row != null).toList();
    }

    @Override
    public long count() {
        return rows.size();
    }

    @Override
    public void deleteById(UUID key) {
        rows.remove(key);
    }

    @Override
    public void delete(T entity) {
        try {
            rows.remove((UUID) id.get(entity));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void deleteAllById(Iterable<? extends UUID> keys) {
        keys.forEach(rows::remove);
    }

    @Override
    public void deleteAll(Iterable<? extends T> entities) {
        entities.forEach(this::delete);
    }

    @Override
    public void deleteAll() {
        rows.clear();
    }

    private static Field annotated(Class<?> type, Class<? extends Annotation> annotation) {
        for (var current = type; current != null; current = current.getSuperclass()) {
            for (var field : current.getDeclaredFields()) {
                if (field.isAnnotationPresent(annotation)) {
                    field.setAccessible(true);
                    return field;
                }
            }
        }
        throw new IllegalArgumentException(type + " has no field annotated " + annotation.getSimpleName());
    }
}
