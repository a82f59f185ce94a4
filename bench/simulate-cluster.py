#!/usr/bin/env python3
"""Predicts a run's wall time on a cluster of N pods, toward hundreds, from a recorded run.

    bench/simulate-cluster.py REPORT.xml [--pod-start S] [--node-pull S] [--pods-per-node K]
                              [--feed-latency S] [--scheduler-rate R] [--hour] [N ...]

REPORT.xml is a merged JUnit report of a real run (TEST-testshard.xml): its class times are the
work. --pod-start and --node-pull are measured costs (bench/kubernetes.sh measures both on the lab
and passes them). The simulation replays dynamic mode as the runner schedules it: the classes,
longest first, each to the first worker that is free, every worker a pod that starts after the
scheduler reached it, its node pulled the run's image, and the pod started. It prints, for each N,
the predicted wall, the lower bound max(total / N, longest class) and their ratio, then one line per
assumption. With --hour the recorded classes are repeated (renamed) until they add up to an hour of
test time, the suites testshard is for.
"""
import argparse
import math
import sys
import xml.etree.ElementTree as ET


def class_times(report):
    """Seconds per test class, summed from the report's test cases (re-runs included)."""
    times = {}
    for case in ET.parse(report).getroot().iter("testcase"):
        name = case.get("classname") or "?"
        times[name] = times.get(name, 0.0) + float(case.get("time") or 0)
    return times


def simulate(times, n, pod_start, node_pull, feed_latency, scheduler_rate):
    """Predicted wall of dynamic mode on n worker pods (seconds)."""
    # All pods are created at once; each node pulls the run's layer once, and its pods (all
    # starting together) wait for that pull.
    free = [i / scheduler_rate + node_pull + pod_start for i in range(n)]
    for seconds in sorted(times.values(), reverse=True):
        k = min(range(n), key=free.__getitem__)
        free[k] += feed_latency + seconds
    return max(free)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("report")
    parser.add_argument("n", nargs="*", type=int, default=[10, 50, 200])
    parser.add_argument("--pod-start", type=float, default=2.7,
                        help="seconds from create to the agent's first event (lab mean: 2.7)")
    parser.add_argument("--node-pull", type=float, default=2.0,
                        help="seconds a node takes to pull the run's own image layer")
    parser.add_argument("--pods-per-node", type=int, default=8)
    parser.add_argument("--feed-latency", type=float, default=0.02,
                        help="seconds from a worker's ready event to its next batch")
    parser.add_argument("--scheduler-rate", type=float, default=100.0,
                        help="pods the API server and scheduler start per second")
    parser.add_argument("--hour", action="store_true",
                        help="repeat the recorded classes up to an hour of test time")
    args = parser.parse_intermixed_args()

    times = class_times(args.report)
    if not times:
        sys.exit("simulate-cluster: no test cases in " + args.report)
    label = "recorded"
    if args.hour:
        base = dict(times)
        copy = 1
        while sum(times.values()) < 3600:
            for name, seconds in base.items():
                times["%s#%d" % (name, copy)] = seconds
            copy += 1
        label = "recorded x%d (an hour)" % copy
    total = sum(times.values())
    longest = max(times.values())
    print("# %s: %d classes, %.0f s of test time, longest class %.1f s"
          % (label, len(times), total, longest))
    print()
    print("| N pods | nodes | predicted wall (s) | lower bound (s) | wall / bound |")
    print("|---|---|---|---|---|")
    for n in args.n:
        wall = simulate(times, n, args.pod_start, args.node_pull, args.feed_latency,
                        args.scheduler_rate)
        bound = max(total / n, longest)
        nodes = math.ceil(n / args.pods_per_node)
        print("| %d | %d | %.1f | %.1f | %.2f |" % (n, nodes, wall, bound, wall / bound))
    print()
    print("Assumptions:")
    print("- class times are those recorded, unchanged on a node (one pod keeps its CPU);")
    print("- dynamic mode: classes longest first, each to the first free worker;")
    print("- each pod starts %.1f s after it is created (pod start, measured);" % args.pod_start)
    print("- each node pulls the run's image layer once, %.1f s, before its first pod starts;"
          % args.node_pull)
    print("- %d pods a node; the scheduler starts %.0f pods a second;"
          % (args.pods_per_node, args.scheduler_rate))
    print("- %.0f ms from a worker's ready event to its next batch (attach round trip);"
          % (args.feed_latency * 1000))
    print("- the registry serves every node at once, the API server's log streams keep up, and")
    print("  the runner reads %d log streams (one thread each) without falling behind;"
          % max(args.n))
    print("- merging the report is left out (it grows with tests, not pods).")


if __name__ == "__main__":
    main()
