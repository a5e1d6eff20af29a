"""Build set AY: article files in ../setAY and the gold file ../setAY.gold.json
(with the shared eval/genre/build_paras.py)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import arts1, arts2, arts3
import build_paras

ARTS = arts1.ARTS + arts2.ARTS + arts3.ARTS
DUMPS = {"dump-1.txt": ["AY5", "AY12"], "dump-2.txt": ["AY6", "AY16"], "dump-3.txt": ["AY9", "AY19"]}
NBSP_ARTS = {"AY12", "AY19"}  # paragraphs separated by a line holding only U+00A0

if __name__ == "__main__":
    build_paras.build("AY", ARTS, DUMPS, NBSP_ARTS,
                      "Held-out set AY: 20 newly written articles on wars, insurgencies and ceasefires (offensives, air strikes, shellings, hostage-takings, peace talks and truces)")
