"""`cmake --install` puts the package where the prefix's Python finds it (with PYTHONPATH for a prefix
of one's own), and the installed module finds the installed plugins."""

import os
import pathlib
import subprocess
import sys

from conftest import SOURCE_DIR

BINARY_DIR = pathlib.Path(os.environ.get("TEXTCHAIN_BINARY_DIR", SOURCE_DIR / "build"))


def _cache(name):
    for line in (BINARY_DIR / "CMakeCache.txt").read_text().splitlines():
        if line.startswith(name + ":"):
            return line.split("=", 1)[1]
    raise KeyError(name)


def test_the_installed_module_imports_and_runs_from_a_custom_prefix(tmp_path):
    prefix = tmp_path / "prefix"
    subprocess.run(["cmake", "--install", str(BINARY_DIR), "--prefix", str(prefix)], check=True,
                   stdout=subprocess.DEVNULL)
    site = prefix / _cache("TEXTCHAIN_PYTHON_INSTALL_DIR")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "TEXTCHAIN_PLUGIN_PATH")}
    env["PYTHONPATH"] = str(site)
    script = ("import textchain, json; c = textchain.make_chain(); "
              "r = c.process('On Tuesday, Sullivan said: \"We are done.\"', date='2025-09-26'); "
              "print(json.dumps([textchain.__file__, [p['path'] for p in textchain.Host().plugins()], "
              "sorted({a['type'] for a in r['annotations']})]))")
    out = subprocess.run([_cache("TEXTCHAIN_PYTHON"), "-c", script], env=env, cwd=tmp_path, check=True,
                         capture_output=True, text=True).stdout
    import json
    module, plugin_paths, types = json.loads(out)
    assert pathlib.Path(module).is_relative_to(site)
    assert plugin_paths and all(pathlib.Path(p).is_relative_to(prefix) for p in plugin_paths)
    assert types == ["date", "quote"]
