"""Prints, as JSON, what chaostoolkit can call in every module of the given packages.

chaostoolkit resolves an activity's `func` with inspect.getmembers(module, inspect.isfunction),
so this lists exactly those members: for each module, each name with the function's own
module.qualname (where it is defined) and its parameters (name, whether it has a default).
"""
import importlib
import inspect
import json
import pkgutil
import sys

out = {}
for top in sys.argv[1:]:
    package = importlib.import_module(top)
    names = [top] + [m.name for m in pkgutil.walk_packages(package.__path__, top + ".")]
    for name in sorted(names):
        module = importlib.import_module(name)
        members = {}
        for member, fn in inspect.getmembers(module, inspect.isfunction):
            params = [
                [p.name, p.default is not inspect.Parameter.empty]
                for p in inspect.signature(fn).parameters.values()
                if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
            ]
            members[member] = {"defined": fn.__module__ + "." + fn.__qualname__, "params": params}
        out[name] = members
json.dump(out, sys.stdout, indent=1, sort_keys=True)
