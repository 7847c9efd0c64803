#!/usr/bin/env python3
"""Summarises the CPU samples of a JFR recording (jdk.ExecutionSample, read with the JDK's `jfr`).

    bench/jfr-top.py FILE.jfr [how many rows, default 25]

Prints the CPU by library (each sample goes to the library of its topmost frame outside the JDK),
the share of samples whose stack passes through a few known suspects, the methods most often on top
of the stack (self time) and the methods most often anywhere on the stack (total time).
"""
import collections
import json
import subprocess
import sys

SUSPECTS = {
    "Spring Data JDBC aggregate mapping": ("org.springframework.data.jdbc.core.convert.MappingJdbcConverter",
                                           "org.springframework.data.jdbc.core.convert.EntityRowMapper"),
    "Spring Data JDBC (any)": ("org.springframework.data.jdbc", "org.springframework.data.relational"),
    "Micrometer observations": ("io.micrometer.observation",),
    "Spring Security filter chain": ("org.springframework.security.web.FilterChainProxy",),
    "JWT decoding": ("org.springframework.security.oauth2.jwt", "com.nimbusds"),
    "Jackson serialisation": ("com.fasterxml.jackson.databind.ser", "tools.jackson.databind.ser"),
    "PostgreSQL JDBC driver": ("org.postgresql",),
    "HikariCP": ("com.zaxxer.hikari",),
    "Spring transactions": ("org.springframework.transaction",),
    "Tomcat": ("org.apache.tomcat", "org.apache.catalina", "org.apache.coyote"),
    "Spring MVC": ("org.springframework.web.servlet",),
    "Spring Modulith": ("org.springframework.modulith",),
    "ArchUnit": ("com.tngtech.archunit",),
    "Liquibase": ("liquibase",),
    "class loading": ("java.lang.ClassLoader.loadClass", "jdk.internal.loader"),
}


def frames_of(event):
    stack = event["values"].get("stackTrace") or {}
    for frame in stack.get("frames", []):
        method = frame["method"]
        yield (method["type"]["name"] + "." + method["name"]).replace("/", ".")


JDK = ("java.", "javax.", "jdk.", "sun.", "com.sun.")


def library_of(frames):
    """The package prefix (three parts) of the topmost frame that is not the JDK's."""
    for frame in frames:
        if not frame.startswith(JDK):
            return ".".join(frame.split(".")[:3])
    return "JDK only"


def main():
    path = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "512", "--events", "jdk.ExecutionSample", path],
                         check=True, capture_output=True, text=True).stdout
    events = json.loads(out)["recording"]["events"]
    self_counts, total_counts, suspect_counts = collections.Counter(), collections.Counter(), collections.Counter()
    library_counts = collections.Counter()
    for event in events:
        frames = list(frames_of(event))
        if not frames:
            continue
        self_counts[frames[0]] += 1
        library_counts[library_of(frames)] += 1
        for method in set(frames):
            total_counts[method] += 1
        for name, prefixes in SUSPECTS.items():
            if any(frame.startswith(prefixes) for frame in frames):
                suspect_counts[name] += 1
    n = max(len(events), 1)
    print(f"{len(events)} CPU samples in {path}")
    print("\nself time by library (topmost frame outside the JDK):")
    for name, count in library_counts.most_common(rows):
        print(f"  {100 * count / n:5.1f} %  {name}")
    print("\nshare of samples passing through:")
    for name, count in suspect_counts.most_common():
        print(f"  {100 * count / n:5.1f} %  {name}")
    print("\nself (top of stack):")
    for method, count in self_counts.most_common(rows):
        print(f"  {100 * count / n:5.1f} %  {method}")
    print("\ntotal (anywhere on the stack):")
    for method, count in total_counts.most_common(rows):
        print(f"  {100 * count / n:5.1f} %  {method}")


if __name__ == "__main__":
    main()
