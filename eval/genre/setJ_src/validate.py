#!/usr/bin/env python3
"""Validate set J with set I's checks (the two sets share one layout)."""
import os, runpy, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0], "J"]
runpy.run_path(os.path.join(os.path.dirname(HERE), "setI_src", "validate.py"), run_name="__main__")
