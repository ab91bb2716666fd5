#!/usr/bin/python3
"""Reference values for draad's agreement coefficients, from independent code.

Writes tests/data/agree/reference.tsv: one case per line with the number of
coders, the values (unit-major, comma-separated, '.' = missing), and
  cohen  - scikit-learn's cohen_kappa_score (two coders; the units both coded), else '-'
  fleiss - statsmodels' fleiss_kappa (complete data), else '-'
  alpha  - Krippendorff's alpha (nominal) computed here the long way, from the
           full coincidence matrix as in Krippendorff (2011), not from the
           sufficient statistics draad uses.
'nan' marks an undefined coefficient. Needs Debian python3-sklearn and
python3-statsmodels; the tests only read the stored output.

    scripts/agreement-reference.py > tests/data/agree/reference.tsv
"""
import random
import sys

import numpy as np
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa


def alpha(units):
    cats = sorted({v for u in units for v in u if v is not None})
    idx = {c: i for i, c in enumerate(cats)}
    o = np.zeros((len(cats), len(cats)))
    for u in units:
        vals = [v for v in u if v is not None]
        m = len(vals)
        if m < 2:
            continue
        for i in range(m):
            for j in range(m):
                if i != j:
                    o[idx[vals[i]], idx[vals[j]]] += 1.0 / (m - 1)
    n_c = o.sum(axis=1)
    n = n_c.sum()
    if n < 2:
        return float("nan")
    d_o = sum(o[c, k] for c in range(len(cats)) for k in range(len(cats)) if c != k)
    d_e = sum(n_c[c] * n_c[k] for c in range(len(cats)) for k in range(len(cats)) if c != k) / (n - 1)
    if d_e == 0:
        return float("nan")
    return 1 - d_o / d_e


def main():
    rng = random.Random(20261123)
    out = sys.stdout
    out.write("case\tcoders\tvalues\tcohen\tfleiss\talpha\n")
    case = 0
    for coders in (2, 2, 2, 3, 4, 5):
        for missing in (0.0, 0.2):
            for cats in (2, 3):
                case += 1
                n_units = rng.randint(5, 40)
                bias = rng.random()
                units = []
                for _ in range(n_units):
                    truth = rng.randrange(cats)
                    unit = []
                    for _ in range(coders):
                        if rng.random() < missing:
                            unit.append(None)
                        elif rng.random() < bias:
                            unit.append(truth)
                        else:
                            unit.append(rng.randrange(cats))
                    units.append(unit)
                complete = all(v is not None for u in units for v in u)
                cohen = "-"
                if coders == 2:
                    both = [u for u in units if None not in u]
                    with np.errstate(all="ignore"):
                        k = cohen_kappa_score([u[0] for u in both], [u[1] for u in both])
                    cohen = "nan" if np.isnan(k) else repr(float(k))
                fleiss = "-"
                if complete:
                    table, _ = aggregate_raters(np.array(units))
                    with np.errstate(all="ignore"):
                        k = fleiss_kappa(table)
                    fleiss = "nan" if np.isnan(k) else repr(float(k))
                a = alpha(units)
                values = ",".join("." if v is None else str(v) for u in units for v in u)
                out.write(f"{case}\t{coders}\t{values}\t{cohen}\t{fleiss}\t{'nan' if np.isnan(a) else repr(a)}\n")
    # Degenerate: one category only, everyone agrees.
    case += 1
    out.write(f"{case}\t2\t{','.join(['1'] * 12)}\tnan\tnan\tnan\n")


if __name__ == "__main__":
    main()
