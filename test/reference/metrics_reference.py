"""Reference values for src/metrics (the statistics), computed independently of the library.

Run: python3 test/reference/metrics_reference.py   (Python 3.11 with mpmath 1.3, 50 significant digits)

Poisson and binomial tails are exact finite sums (fractions.Fraction, or mpmath at 50 digits
for irrational means), and interval bounds are found by bisection on those sums to 1e-40, so
they do not depend on any incomplete-gamma or incomplete-beta code. Special-function values
come from mpmath (gammainc, betainc, loggamma, erfc, erfinv) and Python's own math.lgamma and
statistics.NormalDist, cross-checked against the exact sums where both apply.
"""
from fractions import Fraction
from math import comb, lgamma
from statistics import NormalDist

from mpmath import mp, mpf, binomial, betainc, erfc, erfinv, exp, factorial, gammainc, loggamma, sqrt

mp.dps = 50


def show(label, value):
    print(f"{label} = {float(mpf(value))!r}")


def bisect(f, lo, hi, increasing=True):
    lo, hi = mpf(lo), mpf(hi)
    for _ in range(400):
        mid = (lo + hi) / 2
        if (f(mid) < 0) == increasing:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def poisson_cdf(k, mu):  # P(X <= k), X ~ Poisson(mu): a finite sum
    mu = mpf(mu)
    return exp(-mu) * sum(mu**j / factorial(j) for j in range(k + 1))


def garwood(k, confidence):
    t = (1 - mpf(confidence)) / 2
    lower = 0 if k == 0 else bisect(lambda m: (1 - poisson_cdf(k - 1, m)) - t, 0, 10 * k + 50)
    upper = bisect(lambda m: poisson_cdf(k, m) - t, 0, 10 * k + 50, increasing=False)
    return lower, upper


def binom_cdf(k, n, p):  # exact when p is a Fraction
    return sum(comb(n, j) * p**j * (1 - p) ** (n - j) for j in range(0, k + 1))


def binom_upper(k, n, p):
    return sum(comb(n, j) * p**j * (1 - p) ** (n - j) for j in range(k, n + 1))


def qbinom(prob, n, p):
    for k in range(n + 1):
        if binom_cdf(k, n, p) >= prob:
            return k
    return n


def binom_cdf_mp(k, n, p):
    return sum(binomial(n, j) * p**j * (1 - p) ** (n - j) for j in range(0, k + 1))


def clopper_pearson(x, n, confidence):
    t = (1 - mpf(confidence)) / 2
    lower = 0 if x == 0 else bisect(lambda q: (1 - binom_cdf_mp(x - 1, n, q)) - t, 0, 1)
    upper = 1 if x == n else bisect(lambda q: binom_cdf_mp(x, n, q) - t, 0, 1, increasing=False)
    return lower, upper


def rate_ratio(before, after, confidence):
    (b, eb), (a, ea) = before, after
    n = a + b
    lo, up = clopper_pearson(a, n, confidence)
    f = Fraction(eb) / Fraction(ea)
    to_ratio = lambda q: q / (1 - q) * mpf(f.numerator) / f.denominator
    pi0 = Fraction(ea) / (Fraction(ea) + Fraction(eb))
    p = min(Fraction(1), 2 * min(binom_cdf(a, n, pi0), binom_upper(a, n, pi0)))
    ratio = None if b == 0 else Fraction(a, 1) / ea / (Fraction(b, 1) / eb)
    return ratio, to_ratio(lo), None if up == 1 else to_ratio(up), p


print("# logGamma: mpmath.loggamma and math.lgamma")
for x in [0.1, 0.5, 3, 4.5, 10, 100.5, 1000, 1e6]:
    show(f"lgamma({x})", loggamma(mpf(x)))
    print(f"   math.lgamma({x}) = {lgamma(x)!r}")

print("# regularised gamma: mpmath.gammainc(regularized=True); integer a also as 1 - Poisson cdf")
for a, x in [(0.5, 0.1), (1, 2), (3, 2.5), (5, 20), (10, 3), (2.5, 7.25), (30, 25), (0.5, 9)]:
    show(f"P({a}, {x})", gammainc(mpf(a), 0, mpf(x), regularized=True))
    show(f"Q({a}, {x})", gammainc(mpf(a), mpf(x), mp.inf, regularized=True))
    if float(a).is_integer():
        show(f"   check 1 - poisson_cdf({int(a) - 1}, {x})", 1 - poisson_cdf(int(a) - 1, x))

print("# inverse regularised gamma: bisection on mpmath.gammainc")
for p, a in [(0.025, 1), (0.025, 10), (0.5, 3), (1e-10, 2), (0.9, 0.5)]:
    show(f"Pinv({p}, {a})", bisect(lambda x: gammainc(a, 0, x, regularized=True) - mpf(p), 0, 200))
for q, a in [(0.025, 1), (0.025, 11), (1e-12, 4), (0.3, 2.5)]:
    show(f"Qinv({q}, {a})", bisect(lambda x: gammainc(a, x, mp.inf, regularized=True) - mpf(q), 0, 200, False))

print("# regularised beta: mpmath.betainc(regularized=True); integer shapes also as exact binomial sums")
for x, a, b in [(0.3, 2, 5), (0.5, 10, 10), (0.9, 3, 0.5), (0.01, 0.5, 0.5), (0.75, 40, 12), (0.2, 1, 1)]:
    show(f"I({x}; {a}, {b})", betainc(mpf(a), mpf(b), 0, mpf(x), regularized=True))
    if float(a).is_integer() and float(b).is_integer():
        n = int(a + b - 1)
        exact = binom_upper(int(a), n, Fraction(str(x)))
        print(f"   exact binomial sum = {float(exact)!r}")

print("# inverse regularised beta: bisection on mpmath.betainc")
for p, a, b in [(0.025, 3, 8), (0.975, 4, 7), (1e-8, 1, 20), (0.5, 0.5, 2)]:
    show(f"Iinv({p}; {a}, {b})", bisect(lambda x: betainc(a, b, 0, x, regularized=True) - mpf(p), 0, 1))

print("# erfc and the normal distribution: mpmath.erfc, mpmath.erfinv, statistics.NormalDist")
for x in [-2, -0.5, 0, 0.3, 1, 2.5, 5, 10]:
    show(f"erfc({x})", erfc(mpf(x)))
for x in [-3, -1.96, 0, 1, 2.5]:
    show(f"Phi({x})", erfc(-mpf(x) / sqrt(2)) / 2)
for p in [1e-10, 0.001, 0.025, 0.3, 0.5, 0.8, 0.975, 0.999999]:
    show(f"Phi^-1({p})", sqrt(2) * erfinv(2 * mpf(p) - 1))
    print(f"   NormalDist().inv_cdf({p}) = {NormalDist().inv_cdf(p)!r}")

print("# binomial tails and quantiles: exact Fraction sums")
for k, n, p in [(3, 10, Fraction(1, 2)), (0, 5, Fraction(3, 10)), (7, 12, Fraction(1, 3)), (20, 40, Fraction(2, 5))]:
    print(f"cdf({k}, {n}, {p}) = {float(binom_cdf(k, n, p))!r}   upper({k}) = {float(binom_upper(k, n, p))!r}")
for n in [10, 11, 12, 13, 20, 24, 30, 50, 100]:
    print(f"Anhoej n={n}: longest run limit {round(__import__('math').log2(n) + 3)}, crossings limit qbinom(0.05, {n - 1}, 0.5) = {qbinom(Fraction(1, 20), n - 1, Fraction(1, 2))}")

print("# Garwood intervals: bisection on exact Poisson sums")
for k, c in [(0, 0.95), (1, 0.95), (3, 0.95), (10, 0.95), (5, 0.9), (2, 0.99), (50, 0.95), (0, 0.9)]:
    lo, up = garwood(k, c)
    show(f"garwood({k}, {c}) lower", lo)
    show(f"garwood({k}, {c}) upper", up)

print("# rate ratios: Clopper-Pearson by bisection on exact binomial sums; p = min(1, 2 min tail), exact")
cases = [
    ((12, 6), (4, 6), 0.95),
    ((9, 120), (3, 150), 0.95),
    ((0, 10), (3, 10), 0.95),
    ((5, 10), (0, 10), 0.95),
    ((0, 10), (0, 10), 0.95),
    ((7, 7), (7, 7), 0.9),
    ((30, 365), (18, 365), 0.95),
]
for before, after, c in cases:
    ratio, lo, up, p = rate_ratio(before, after, c)
    print(f"rateRatio(before={before}, after={after}, {c}): ratio={None if ratio is None else float(ratio)!r}"
          f" lower={float(lo)!r} upper={None if up is None else float(up)!r} p={float(p)!r} ({p})")

print("# Mann-Kendall: S, tie-corrected variance, continuity-corrected Z, p = erfc(|Z|/sqrt 2), tau-b")
from collections import Counter


def mann_kendall(xs):
    n = len(xs)
    s = sum((xs[j] > xs[i]) - (xs[j] < xs[i]) for i in range(n) for j in range(i + 1, n))
    ties = Counter(xs).values()
    var = Fraction(n * (n - 1) * (2 * n + 5) - sum(t * (t - 1) * (2 * t + 5) for t in ties), 18)
    z = 0 if s == 0 else (s - (1 if s > 0 else -1)) / sqrt(mpf(var.numerator) / var.denominator)
    p = erfc(abs(z) / sqrt(2))
    n0 = Fraction(n * (n - 1), 2)
    n1 = sum(Fraction(t * (t - 1), 2) for t in ties)
    d = n0 * (n0 - n1)
    tau = s / sqrt(mpf(d.numerator) / d.denominator)
    return s, var, z, p, tau


for xs in [[1, 2, 3, 4, 5], [3, 4, 4, 6, 7, 5, 8, 8, 8, 10], [10, 9, 11, 7, 6, 6, 5, 8, 4, 3, 2, 2]]:
    s, var, z, p, tau = mann_kendall(xs)
    print(f"mannKendall({xs}): S={s} var={var} = {float(var)!r} z={float(z)!r} p={float(p)!r} tau={float(tau)!r}")

print("# least squares and Theil-Sen: exact with fractions.Fraction")


def ols(points):
    n = len(points)
    mx = Fraction(sum(x for x, _ in points), n)
    my = Fraction(sum(y for _, y in points), n)
    sxx = sum((x - mx) ** 2 for x, _ in points)
    syy = sum((y - my) ** 2 for _, y in points)
    sxy = sum((x - mx) * (y - my) for x, y in points)
    slope = sxy / sxx
    return slope, my - slope * mx, sxy * sxy / (sxx * syy)


def median(values):
    v = sorted(values)
    m = len(v) // 2
    return v[m] if len(v) % 2 else (v[m - 1] + v[m]) / 2


def theil_sen(points):
    slopes = [Fraction(q[1] - p[1], q[0] - p[0]) for i, p in enumerate(points) for q in points[i + 1:] if q[0] != p[0]]
    slope = median(slopes)
    return slope, median([y - slope * x for x, y in points]), len(slopes)


for pts in [[(1, 1), (2, 3), (3, 2), (4, 5), (5, 4)], [(0, 10), (1, 12), (2, 11), (3, 15), (4, 14), (5, 30), (6, 17)],
            [(1, 2), (1, 4), (2, 5), (3, 9)]]:
    s, i, r2 = ols(pts)
    ts, ti, pairs = theil_sen(pts)
    print(f"points {pts}: OLS slope={s} ({float(s)!r}) intercept={i} ({float(i)!r}) r2={r2} ({float(r2)!r});"
          f" Theil-Sen slope={ts} intercept={ti} pairs={pairs}")
