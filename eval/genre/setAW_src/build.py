"""Build set AW: article files in ../setAW and the gold file ../setAW.gold.json
(with the shared eval/genre/build_paras.py)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import arts1, arts2, arts3
import build_paras

ARTS = arts1.ARTS + arts2.ARTS + arts3.ARTS
DUMPS = {"dump-1.txt": ["AW4", "AW12"], "dump-2.txt": ["AW6", "AW18"], "dump-3.txt": ["AW13", "AW20"]}
NBSP_ARTS = {"AW12", "AW18"}  # paragraphs separated by a line holding only U+00A0

if __name__ == "__main__":
    build_paras.build("AW", ARTS, DUMPS, NBSP_ARTS,
                      "Held-out set AW: 20 newly written articles on human rights, refugees and humanitarian crises and how states and international bodies respond")
