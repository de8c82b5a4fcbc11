"""Reference values for the statistics added in issues #18–#20 (src/stats), computed outside the library.

Run: python3 test/reference/stats_reference.py   (Python 3.11, mpmath 1.3, SciPy 1.17)

- Temme's coefficients: the Taylor coefficients of c0(eta) and c1(eta) (DLMF 8.12), from their
  closed forms at 160 digits with mpmath.taylor.
- Large-shape incomplete gamma values and Poisson bounds: mpmath at 40 digits where its
  hypergeometric series converges (a <= 1e6), SciPy's gammainc / gammaincinv (Temme's expansion,
  DiDonato and Morris) beyond; the two agree to 1e-15 at a = 1e5 and 1e6.
- Theil-Sen intercepts: scipy.stats.theilslopes with method='separate' (its default, Conover's
  median(y) - slope * median(x)) and method='joint' (median(y - slope * x)).
- Funnel plot limits: Spiegelhalter (2005, Statistics in Medicine 24:1185, Appendix A.1) with
  scipy.stats.binom / poisson quantiles and cdfs, and by exact rational sums for small cases.
"""
from fractions import Fraction
from math import comb

import numpy as np
from mpmath import findroot, gammainc, log, mp, mpf, taylor
from scipy import special, stats


def show(label, value):
    print(f"{label} = {float(value)!r}")


def temme_coefficients():
    mp.dps = 160

    def lam(eta):
        return findroot(lambda l: l - 1 - log(l) - eta**2 / 2, 1 + eta + eta**2 / 3)

    def c0(eta):
        return mpf(-1) / 3 if eta == 0 else 1 / (lam(eta) - 1) - 1 / eta

    def c1(eta):
        if eta == 0:
            return mpf(-1) / 540
        l = lam(eta)
        return 1 / eta**3 - 1 / (l - 1) ** 3 - 1 / (l - 1) ** 2 - 1 / (12 * (l - 1))

    print("TEMME_C0 =", [float(c) for c in taylor(c0, mpf(0), 18, h=mpf("1e-40"))])
    print("TEMME_C1 =", [float(c) for c in taylor(c1, mpf(0), 16, h=mpf("1e-40"))])


def large_gamma():
    mp.dps = 40
    for a in [1e5, 1e6]:
        for z in [-3, 2]:
            x = a + z * a**0.5
            m = gammainc(mpf(a), 0, mpf(x), regularized=True)
            s = special.gammainc(a, x)
            assert abs(float(m) - s) / float(m) < 1e-14
            show(f"P({a:g}, {x!r}) [mpmath]", m)
    for a in [1e8, 1e12]:
        for z in [-3, 2]:
            x = a + z * a**0.5
            show(f"P({a:g}, {x!r}) [SciPy]", special.gammainc(a, x))
            show(f"Q({a:g}, {x!r}) [SciPy]", special.gammaincc(a, x))
    for k in [100_000, 10**9, 10**12, 10**14]:
        show(f"Garwood 95% lower for {k}", special.gammaincinv(k, 0.025))
        show(f"Garwood 95% upper for {k}", special.gammainccinv(k + 1, 0.025))
    for n, k in [(10**6, 298625), (10**8, 29986252)]:
        show(f"binomial cdf({k}; {n}, 0.3) [SciPy]", stats.binom.cdf(k, n, 0.3))


def theil_sen():
    points = [(1, 1), (2, 3), (3, 2), (4, 5), (5, 4)]
    x, y = zip(*points)
    for method in ["joint", "separate"]:
        r = stats.theilslopes(y, x, method=method)
        print(f"theilslopes {points} {method}: slope {r.slope!r} intercept {r.intercept!r}")
    x = list(range(7))
    y = [10, 12, 11, 15, 14, 30, 17]
    for method in ["joint", "separate"]:
        r = stats.theilslopes(y, x, method=method)
        print(f"theilslopes {y} {method}: slope {r.slope!r} intercept {r.intercept!r}")
    x = [1, 1, 2, 3, 7, 8]
    y = [2, 4, 5, 9, 10, 20]
    for method in ["joint", "separate"]:
        r = stats.theilslopes(y, x, method=method)
        print(f"theilslopes x={x} y={y} {method}: slope {r.slope!r} intercept {r.intercept!r}")


def spiegelhalter_binomial(p, n, theta):
    r = stats.binom.ppf(p, n, theta)
    f, f1 = stats.binom.cdf(r, n, theta), stats.binom.cdf(r - 1, n, theta)
    return (r - (f - p) / (f - f1)) / n


def spiegelhalter_poisson(p, exposure, rate):
    mu = rate * exposure
    r = stats.poisson.ppf(p, mu)
    f, f1 = stats.poisson.cdf(r, mu), stats.poisson.cdf(r - 1, mu)
    return (r - (f - p) / (f - f1)) / exposure


def exact_binomial_limit(p, n, theta):
    """The same limit with exact rational binomial sums (theta a Fraction), for hand checks."""
    cdf, r = Fraction(0), -1
    while cdf < p:
        r += 1
        previous = cdf
        cdf += comb(n, r) * theta**r * (1 - theta) ** (n - r)
    alpha = (cdf - p) / (cdf - previous)
    return (r - alpha) / n


def funnels():
    for n in [10, 20, 50, 100, 400, 1000]:
        for p in [0.001, 0.025, 0.975, 0.999]:
            show(f"binomial funnel n={n} theta=0.2 p={p}", spiegelhalter_binomial(p, n, 0.2))
    for n, p in [(10, Fraction(1, 40)), (10, Fraction(39, 40)), (20, Fraction(1, 1000))]:
        exact = exact_binomial_limit(p, n, Fraction(1, 5))
        print(f"exact binomial funnel n={n} theta=1/5 p={p}: {exact} = {float(exact)!r}")
    for exposure in [50, 200, 1000, 5000, 40000]:
        for p in [0.001, 0.025, 0.975, 0.999]:
            show(
                f"poisson funnel exposure={exposure} rate=0.01 p={p}",
                spiegelhalter_poisson(p, exposure, 0.01),
            )


if __name__ == "__main__":
    temme_coefficients()
    large_gamma()
    theil_sen()
    funnels()
