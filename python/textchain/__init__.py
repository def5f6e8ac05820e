"""textchain: run textchain's plugin chains from Python.

    import textchain
    chain = textchain.make_chain(["cleanup", "dates"], options={"dates": {"document_date": "2025-09-26"}})
    record = chain.process(text, id="doc-1")
    for a in record["annotations"]:
        assert text[a["char_begin"]:a["char_end"]] == a["text"]

A record is the dict of the command's JSON Lines record (id, annotations, errors, and text, warnings and
edits when there are any) with each annotation's and edit's offsets given twice: "begin"/"end" in UTF-8
bytes, "char_begin"/"char_end" as indices into the Python string. A document's own problems are in its
record's "errors"; configuration problems raise ConfigError, missing or refused plugins PluginError.

Chains pickle as their recipe (the config file or the steps and options, the plugin directories): the
chain is built again, once per process, wherever it is unpickled (multiprocessing, concurrent.futures,
Dask workers). The files a recipe names must exist at the same paths there.
"""

import copy
import json
import os
import threading

from . import _native
from .errors import ConfigError, Error, PluginError

# The chain the command runs by default (core/cli/default-chain.toml), copied beside this module.
_DEFAULT_CHAIN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "default-chain.toml")

__all__ = ["Host", "Chain", "ConfigError", "PluginError", "Error", "load_chain", "make_chain", "char_index",
           "host_version"]

host_version = _native.host_version


class Host(_native.Host):
    """Finds and loads plugins: the directories given (searched first, in order), then
    TEXTCHAIN_PLUGIN_PATH and the plugins installed beside libtextchain (unless use_default_dirs=False)."""

    def __init__(self, plugin_dirs=(), use_default_dirs=True):
        super().__init__([str(d) for d in plugin_dirs], use_default_dirs)

    def plugins(self):
        """Every plugin found, as `textchain plugins describe NAME --json` describes it."""
        infos, _problems = self._plugin_infos()
        return [_plugin_schema(p) for p in infos]

    def plugin(self, name):
        """One plugin's description; PluginError when it is not found."""
        return _plugin_schema(self._plugin_info(name))

    def plugin_problems(self):
        """Libraries refused while searching (another ABI, not a plugin) and unsafe permissions."""
        return self._plugin_infos()[1]

    def load_chain(self, config, chain=None, steps=None, max_document_bytes=None, explain=False):
        """The chain `chain` of a TOML config file (default: its default_chain, its only chain, or the
        error when it has several and names no default_chain), or the chain `steps` with the file's plugin options. Raises ConfigError."""
        if chain is not None and steps is not None:
            raise ValueError("give chain or steps, not both")
        return self._load_chain(str(config), chain, None if steps is None else list(steps), max_document_bytes,
                                bool(explain))

    def make_chain(self, steps=None, options=None, max_document_bytes=None, explain=False):
        """The named plugins in order (default: the built-in chain cleanup, dates, quotes), each with its
        default options, or with options={"plugin": {"option": value}} (validated as a config file's
        [plugins.NAME] tables). explain=True: every step lists its edits in the result (the command's --explain).
        Raises ConfigError (file "make_chain options" for a bad option)."""
        if steps is None and not options:
            return self._load_chain(_DEFAULT_CHAIN, None, None, max_document_bytes, bool(explain))
        return self._make_chain(None if steps is None else list(steps), copy.deepcopy(dict(options or {})),
                                max_document_bytes, bool(explain))


Chain = _native.Chain
Chain.__doc__ = """A validated chain of plugins. Thread-safe: process() may be called from several threads.

process(text, *, id=None, date=None, char_offsets=True) -> dict
    One document (str, or bytes in UTF-8: invalid bytes become U+FFFD with a warning); date is the
    document's creation date, YYYY-MM-DD, against which relative dates are resolved, or an ISO 8601
    date-time ("2025-09-26T14:30", seconds, "Z" or "+02:00" allowed) whose time of day also resolves
    "in two hours" and "three hours ago" (the plugins' reference_time). The GIL is released while the
    plugins run.
process_many(items, *, jobs=1, date=None, char_offsets=True) -> iterator of dicts
    Items are str, bytes or mappings shaped like a JSON Lines input record ({"id", "text", "date", other
    fields passed through}); records come back in input order, one per item, also for a bad item (its
    error in the record). An item without an id gets its 1-based position. jobs threads run the plugins
    without the GIL; the calling thread reads items and builds the records.
process_jsonl(lines, source, *, jobs=1, date=None, char_offsets=True) -> iterator of dicts
    The records `textchain run --jsonl SOURCE` writes, one per line of `lines` (str or bytes, line ends
    kept or not: an open file will do), each line read the command's way: a blank line gives a record with
    a warning and no document; a line that is not a JSON object (or is longer than max_document_bytes)
    a record with "id": None, the error "SOURCE:N: ..." and "line": N; a record without an id gets its
    line number, one without a "text" string its error. `source` names the input in those messages.
    Differences: a line that is not JSON is described by Python's json module, and a line that is not
    UTF-8 is decoded with U+FFFD before it is parsed, without the command's warning.
"""


def _chain_reduce(chain):
    return (_chain_from_recipe, (chain.recipe,))


Chain.__reduce__ = _chain_reduce

_built = {}
_built_lock = threading.Lock()


def _chain_from_recipe(recipe):
    """The chain a recipe describes, built once per process (later unpickles get the same chain)."""
    key = json.dumps(recipe, sort_keys=True)
    with _built_lock:
        chain = _built.get(key)
        if chain is None:
            host = Host(recipe["plugin_dirs"], recipe["use_default_dirs"])
            if recipe["config"] is not None:
                chain = host.load_chain(recipe["config"], recipe["chain"], recipe["steps"],
                                        recipe["max_document_bytes"], recipe["explain"])
            else:
                chain = host.make_chain(recipe["steps"], recipe["options"], recipe["max_document_bytes"],
                                        recipe["explain"])
            _built[key] = chain
        return chain


def load_chain(config, chain=None, steps=None, plugin_dirs=(), max_document_bytes=None, explain=False):
    """Host(plugin_dirs).load_chain(config, chain, steps, max_document_bytes, explain)."""
    return Host(plugin_dirs).load_chain(config, chain, steps, max_document_bytes, explain)


def make_chain(steps=None, options=None, plugin_dirs=(), max_document_bytes=None, explain=False):
    """Host(plugin_dirs).make_chain(steps, options, max_document_bytes, explain)."""
    return Host(plugin_dirs).make_chain(steps, options, max_document_bytes, explain)


def char_index(text, byte_offset):
    """The index into the str `text` of a UTF-8 byte offset into it: for offsets that plugins give as
    attributes (the quotes plugin's speaker_begin/speaker_end). Records already carry char_begin/char_end
    for every annotation and edit."""
    # A lone surrogate counts 3 bytes, as the U+FFFD that replaced it for the host.
    return len(text.encode("utf-8", "surrogatepass")[:byte_offset].decode("utf-8", "ignore"))


_SCHEMA_TYPES = {"bool": "boolean", "int": "integer", "double": "number", "string_list": "array"}


def _option_default(o):
    value, kind = o["default_value"], o["type"]
    if value == "" and kind != "string":
        return None
    if kind == "bool":
        return value == "true"
    if kind == "int":
        return int(value)
    if kind == "double":
        return float(value)
    if kind == "string_list":
        try:
            parsed = json.loads(value)  # a TOML array of plain strings is spelt as in JSON
        except ValueError:
            return []
        return parsed if isinstance(parsed, list) else []
    return value


def _plugin_schema(p):
    """The JSON schema `textchain plugins describe NAME --json` prints."""
    properties, required = {}, []
    for o in p["options"]:
        s = {"type": _SCHEMA_TYPES.get(o["type"], "string")}
        if o["type"] == "string_list":
            s["items"] = {"type": "string"}
        if o["type"] == "enum":
            s["enum"] = list(o["choices"])
        s["default"] = _option_default(o)
        s["description"] = o["help"]
        if o["deprecated"]:
            s["deprecated"] = True
        if o["required"]:
            required.append(o["name"])
        properties[o["name"]] = s
    options = {"type": "object", "additionalProperties": False, "properties": properties}
    if required:
        options["required"] = required
    return {"name": p["name"], "version": p["version"], "description": p["description"],
            "license": p["license"], "path": p["path"], "abi": f"{p['abi_major']}.{p['abi_minor']}",
            "thread_safe": p["thread_safe"], "rewrites_text": p["rewrites_text"],
            "provides": list(p["provides"]), "needs": list(p["needs"]), "options": options}
