#!/usr/bin/python3
"""Independent reference figures for tst_analytics.

Makes a run (tests/data/reference/run.json) and computes what METRICS.md says its figures are
(tests/data/reference/expected.json) with Debian's NumPy, SciPy and statsmodels, not with any
Quorum code. tst_analytics stores the run through Quorum's writer and compares the rollup-based
leaderboard and jury health with these numbers. Run it again only when a definition changes:

    /usr/bin/python3 tests/reference/make_references.py      (python3-scipy python3-statsmodels)
"""
import json
import math
import os

import numpy as np
from scipy.optimize import minimize
from statsmodels.stats.inter_rater import fleiss_kappa

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "reference")
SEED = 20241122          # METRICS.md: fixed seed, so a report is reproducible
RESAMPLES = 1000
PERCENTILES = [0.50, 0.90, 0.95, 0.99]
DIMENSIONS = ["correctness", "completeness", "relevance", "format", "coherence", "following_instructions"]
MASK64 = (1 << 64) - 1


class SplitMix64:
    """The resampler METRICS.md's bootstrap uses: SplitMix64, then Lemire's multiply-shift."""

    def __init__(self, seed):
        self.state = seed & MASK64

    def pick(self, n):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        z ^= z >> 31
        return ((z >> 32) * n) >> 32


def percentile(values, p):
    """Linear interpolation between closest ranks (NumPy's default method)."""
    return float(np.percentile(np.asarray(values, dtype=float), p * 100, method="linear"))


def bootstrap_ratio(numerators, denominators):
    """95 % percentile bootstrap of sum(num)/sum(den), resampling clusters with replacement."""
    rng = SplitMix64(SEED)
    n = len(numerators)
    ratios = []
    for _ in range(RESAMPLES):
        num = den = 0.0
        for _ in range(n):
            k = rng.pick(n)
            num += numerators[k]
            den += denominators[k]
        if den > 0:
            ratios.append(num / den)
    return [percentile(ratios, 0.025), percentile(ratios, 0.975)]


def krippendorff_alpha_ordinal(units):
    """Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": coincidence matrix,
    ordinal metric. `units` is a list of lists of the values given to each unit."""
    values = sorted({v for u in units for v in u})
    index = {v: i for i, v in enumerate(values)}
    o = np.zeros((len(values), len(values)))
    for u in units:
        m = len(u)
        if m < 2:
            continue
        for a in range(m):
            for b in range(m):
                if a != b:
                    o[index[u[a]], index[u[b]]] += 1.0 / (m - 1)
    n_c = o.sum(axis=1)
    n = n_c.sum()

    def delta2(c, k):
        lo, hi = min(c, k), max(c, k)
        return (n_c[lo:hi + 1].sum() - (n_c[c] + n_c[k]) / 2.0) ** 2

    d_o = sum(o[c, k] * delta2(c, k) for c in range(len(values)) for k in range(len(values)))
    d_e = sum(n_c[c] * n_c[k] * delta2(c, k) for c in range(len(values)) for k in range(len(values)))
    return 1.0 - (n - 1) * d_o / d_e


def bradley_terry(wins):
    """Maximum-likelihood Bradley–Terry strengths with one virtual tie per pair that met, as
    1000 + 400·log10(strength), strengths with a geometric mean of 1. Fitted with SciPy's
    BFGS on the log-likelihood (not the MM algorithm Quorum uses)."""
    n = len(wins)
    w = [[wins[i][j] + (0.5 if i != j and wins[i][j] + wins[j][i] > 0 else 0.0) for j in range(n)] for i in range(n)]

    def negative_log_likelihood(theta):
        total = 0.0
        for i in range(n):
            for j in range(n):
                if i != j and w[i][j] > 0:
                    total -= w[i][j] * (theta[i] - np.logaddexp(theta[i], theta[j]))
        return total

    result = minimize(negative_log_likelihood, np.zeros(n), method="BFGS", options={"gtol": 1e-11, "maxiter": 10000})
    theta = result.x - result.x.mean()
    return [1000 + 400 * t / math.log(10) for t in theta]


def check_alpha_against_the_paper():
    # Krippendorff (2011), section C: 4 observers, 12 units, values 1-5; ordinal alpha = 0.815.
    table = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
        [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
    ]
    units = [[row[u] for row in table if row[u] is not None] for u in range(12)]
    alpha = krippendorff_alpha_ordinal(units)
    assert abs(alpha - 0.815) < 0.0005, alpha


def make_run():
    rng = np.random.default_rng(7)
    variants = [
        {"model_id": "anthropic/claude-ref", "region": "us-east-1", "skill": 0.8, "speed": 1.0},
        {"model_id": "openai/gpt-ref", "region": "us-east-1", "skill": 0.0, "speed": 0.6},
        {"model_id": "bedrock/amazon.nova-ref", "region": "eu-west-1", "skill": -0.7, "speed": 0.4},
    ]
    judges = ["anthropic/judge-a", "openai/judge-b", "gemini/judge-c"]
    scenarios = [{"key": "s%02d" % s, "task_type": ["qa", "code", "summary"][s % 3], "difficulty": float(rng.normal(0, 0.8))}
                 for s in range(36)]
    invocations = []
    for s, scenario in enumerate(scenarios):
        for v, variant in enumerate(variants):
            for k in range(2):
                inv = {"scenario": s, "variant": v, "invocation": k, "ok": bool(rng.random() > 0.08)}
                ttft = round(float(120 + 600 * variant["speed"] * rng.gamma(2.0, 0.5)), 2)
                inv["ttft_ms"] = ttft
                inv["ttlb_ms"] = round(ttft + float(rng.uniform(300, 2500)), 2)
                inv["output_tokens"] = int(rng.integers(20, 600))
                if inv["ok"]:
                    # The jury's score in halves (1, 1.5, … 5), so sums and ties are exact.
                    quality = 3 + variant["skill"] - scenario["difficulty"] + float(rng.normal(0, 0.9))
                    score = min(5.0, max(1.0, round(quality * 2) / 2))
                    inv["jury_score"] = score
                    inv["jury_pass"] = score >= 3
                    inv["verdicts"] = []
                    for j in range(len(judges)):
                        lean = [0.4, 0.0, -0.3][j]
                        dims = [int(min(5, max(1, round(score + lean + rng.normal(0, 0.7))))) for _ in DIMENSIONS]
                        inv["verdicts"].append({"judge": j, "scores": dims, "passed": bool(sum(dims) / 6.0 >= 3)})
                invocations.append(inv)
    return {"variants": [{"model_id": v["model_id"], "region": v["region"]} for v in variants], "judges": judges,
            "scenarios": [{"key": s["key"], "task_type": s["task_type"]} for s in scenarios], "invocations": invocations}


def expected_figures(run):
    nv = len(run["variants"])
    rows = []
    for v in range(nv):
        mine = [i for i in run["invocations"] if i["variant"] == v]
        ok = [i for i in mine if i["ok"]]
        scored = [i for i in ok if "jury_score" in i]
        clusters_num, clusters_den = [], []
        for s in range(len(run["scenarios"])):
            here = [i for i in scored if i["scenario"] == s]
            if here:
                clusters_num.append(float(sum(1 for i in here if i["jury_pass"])))
                clusters_den.append(float(len(here)))
        verdicts = [d for i in ok for d in i.get("verdicts", [])]
        decode = [i["output_tokens"] / ((i["ttlb_ms"] - i["ttft_ms"]) / 1000.0) for i in ok
                  if i["ttlb_ms"] > i["ttft_ms"] and i["output_tokens"] > 0]
        rows.append({
            "model_id": run["variants"][v]["model_id"],
            "invocations": len(mine), "errors": len(mine) - len(ok), "scored": len(scored),
            "passed": sum(1 for i in scored if i["jury_pass"]),
            "success_rate": sum(1 for i in scored if i["jury_pass"]) / len(scored),
            "success_ci": bootstrap_ratio(clusters_num, clusters_den),
            "mean_score": float(np.mean([i["jury_score"] for i in scored])),
            "dimension_means": [float(np.mean([d["scores"][k] for d in verdicts])) for k in range(len(DIMENSIONS))],
            "ttft_ms": [percentile([i["ttft_ms"] for i in ok], p) for p in PERCENTILES],
            "ttlb_ms": [percentile([i["ttlb_ms"] for i in ok], p) for p in PERCENTILES],
            "decode_tokens_per_second_p50": percentile(decode, 0.5),
        })

    # Pairwise games per scenario (higher mean jury score wins, equal ties), scenarios in order.
    games = []
    for s in range(len(run["scenarios"])):
        means = {}
        for v in range(nv):
            here = [i["jury_score"] for i in run["invocations"] if i["variant"] == v and i["scenario"] == s and "jury_score" in i]
            if here:
                means[v] = sum(here) / len(here)
        pairs = []
        keys = sorted(means)
        for a in range(len(keys)):
            for b in range(a + 1, len(keys)):
                x, y = means[keys[a]], means[keys[b]]
                pairs.append((keys[a], keys[b], 1.0 if x > y else 0.5 if x == y else 0.0, 1.0 if x < y else 0.5 if x == y else 0.0))
        if pairs:
            games.append(pairs)

    def fit(picks):
        wins = [[0.0] * nv for _ in range(nv)]
        for s in picks:
            for a, b, wa, wb in games[s]:
                wins[a][b] += wa
                wins[b][a] += wb
        return bradley_terry(wins)

    ratings = fit(range(len(games)))
    rng = SplitMix64(SEED)
    samples = [[] for _ in range(nv)]
    for _ in range(RESAMPLES):
        picks = [rng.pick(len(games)) for _ in range(len(games))]
        for v, r in enumerate(fit(picks)):
            samples[v].append(r)
    for v in range(nv):
        rows[v]["rating"] = ratings[v]
        rows[v]["rating_ci"] = [percentile(samples[v], 0.025), percentile(samples[v], 0.975)]

    units = [i["verdicts"] for i in run["invocations"] if i["ok"] and "verdicts" in i]
    alpha = [krippendorff_alpha_ordinal([[d["scores"][k] for d in u] for u in units]) for k in range(len(DIMENSIONS))]
    table = np.array([[sum(d["passed"] for d in u), sum(not d["passed"] for d in u)] for u in units if len(u) == 3])
    return {"variants": rows, "krippendorff_alpha_ordinal": alpha, "fleiss_kappa_pass_fail": float(fleiss_kappa(table, method="fleiss"))}


def main():
    check_alpha_against_the_paper()
    run = make_run()
    expected = expected_figures(run)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "run.json"), "w") as f:
        json.dump(run, f, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "expected.json"), "w") as f:
        json.dump(expected, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
