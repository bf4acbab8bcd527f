#!/usr/bin/env python3
"""Where a JFR recording's CPU samples went (issue 24's profiles), for JDK 17, which has no `jfr view`.

Usage: benchmark/profile/hot.py RECORDING.jfr [THREAD-PREFIX]

Reads the recording's execution samples (`jfr print --json --events jdk.ExecutionSample`), keeps those of the
server's request threads (Liberty's `Default Executor-thread-`, or the prefix given) and prints:
- each layer's share of the samples: a sample counts for the innermost frame that belongs to a known layer (the JDK's
  own frames count for whoever called them: a string built inside EclipseLink is EclipseLink's);
- the methods that were running most (self time), and the portal's methods that were on the stack most (total).
"""
import collections
import json
import re
import subprocess
import sys

LAYERS = [
    ("templates (JTE)", ("gg.jte.", "org.carecommunities.jte.", "gg.jte.generated.")),
    ("portal", ("org.carecommunities.",)),
    ("EclipseLink (JPA)", ("org.eclipse.persistence.",)),
    ("JDBC driver: PostgreSQL", ("org.postgresql.",)),
    ("JDBC driver: Derby", ("org.apache.derby.",)),
    ("connection pool, transactions (Liberty)", ("com.ibm.ws.rsadapter.", "com.ibm.ws.jdbc.", "com.ibm.tx.",
                                                 "com.ibm.ws.tx.", "com.ibm.ws.Transaction.")),
    ("CDI (Weld)", ("org.jboss.weld.",)),
    ("JAX-RS (RESTEasy)", ("org.jboss.resteasy.",)),
    ("Bean Validation", ("org.hibernate.validator.",)),
    ("security, sessions (Liberty)", ("com.ibm.ws.security.", "com.ibm.ws.session.", "com.ibm.ws.webcontainer.security.")),
    ("compression", ("java.util.zip.",)),
    ("HTTP and servlets (Liberty)", ("com.ibm.ws.webcontainer.", "com.ibm.ws.http.", "com.ibm.wsspi.", "com.ibm.io.",
                                     "com.ibm.ws.tcpchannel.", "com.ibm.ws.channelfw.", "com.ibm.ws.threading.")),
    ("other Liberty", ("com.ibm.",)),
]


def type_of(frame):
    return frame["method"]["type"]["name"].replace("/", ".")


def layer(frames):
    for frame in frames:
        name = type_of(frame)
        for label, prefixes in LAYERS:
            if name.startswith(prefixes):
                return label
    return "JDK and other"


def method(frame):
    return re.sub(r"\$\$Lambda\$.*", "$$Lambda", type_of(frame)) + "." + frame["method"]["name"]


def main():
    recording = sys.argv[1]
    prefix = sys.argv[2] if len(sys.argv) > 2 else "Default Executor-thread-"
    printed = subprocess.run(["jfr", "print", "--json", "--stack-depth", "256", "--events", "jdk.ExecutionSample",
                              recording], check=True, capture_output=True, text=True).stdout
    events = json.loads(printed)["recording"]["events"]
    layers, running, portal = collections.Counter(), collections.Counter(), collections.Counter()
    kept = 0
    for event in events:
        thread = event["values"].get("sampledThread") or {}
        if not (thread.get("javaName") or "").startswith(prefix):
            continue
        frames = (event["values"].get("stackTrace") or {}).get("frames") or []
        if not frames:
            continue
        kept += 1
        layers[layer(frames)] += 1
        running[method(frames[0])] += 1
        for seen in {method(f) for f in frames if type_of(f).startswith("org.carecommunities.")
                     and "$$Lambda" not in type_of(f)}:
            portal[seen] += 1
    print(f"{kept} samples of request threads ({len(events)} in all)\n")
    print("| layer | share of samples |\n|---|---:|")
    for label, count in layers.most_common():
        print(f"| {label} | {100 * count / kept:.1f}% |")
    print("\nRunning most (self):")
    for name, count in running.most_common(15):
        print(f"  {100 * count / kept:5.1f}%  {name}")
    print("\nThe portal's methods on the stack most (total):")
    for name, count in portal.most_common(20):
        print(f"  {100 * count / kept:5.1f}%  {name}")


if __name__ == "__main__":
    main()
