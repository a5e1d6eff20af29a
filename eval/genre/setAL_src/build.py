#!/usr/bin/env python3
"""Build set AL: article files in ../setAL and the gold file ../setAL.gold.json
(with ../build_set.py)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]
import arts1, arts2, arts3  # noqa: E402
from build_set import build  # noqa: E402

if __name__ == "__main__":
    build("AL", arts1.ARTS + arts2.ARTS + arts3.ARTS,
          "Held-out set AL (East and South-East Asia and the Pacific): 20 newly written articles")
