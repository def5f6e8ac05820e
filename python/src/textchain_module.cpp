// textchain._native: the Python binding of textchain/host.hpp. The public module is the `textchain`
// package (python/textchain/__init__.py), which adds pickling by recipe and the exception classes.
#include "document_request.hpp"
#include "ordered_run.hpp"
#include "result_record.hpp"

#include <textchain/host.hpp>

#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <filesystem>
#include <memory>

namespace py = pybind11;
namespace fs = std::filesystem;
using namespace textchain;
using namespace textchain::python;

namespace {

// A Host as Python sees it: the host and what a chain's recipe needs to build it again elsewhere.
struct PyHost {
  std::unique_ptr<Host> host = std::make_unique<Host>();
  std::vector<std::string> plugin_dirs;  // absolute
  bool use_default_dirs = true;
};

// A Chain and its recipe (a dict: see textchain.Chain.recipe). `host` keeps the Python Host alive, and
// is declared first so that it is destroyed last: a Chain's steps point into its Host's plugin registry
// (process_many's iterator keeps this PyChain alive while it holds the chain).
struct PyChain {
  py::object host;
  std::shared_ptr<const Chain> chain;
  py::dict recipe;
};

PyChain make_py_chain(Chain chain, py::object host, py::dict recipe, std::optional<size_t> max_document_bytes,
                      bool explain) {
  if (explain) chain.set_explain(true);  // every step records its edits (the command's --explain)
  recipe["explain"] = explain;
  if (max_document_bytes) {
    if (*max_document_bytes == 0) throw py::value_error("max_document_bytes must be positive");
    ChainLimits limits = chain.limits();
    limits.max_document_bytes = *max_document_bytes;
    chain.set_limits(limits);  // before the chain is shared: set_limits is not thread-safe
  }
  recipe["max_document_bytes"] = max_document_bytes ? py::object(py::int_(*max_document_bytes)) : py::object(py::none());
  const PyHost& h = host.cast<const PyHost&>();
  recipe["plugin_dirs"] = py::cast(h.plugin_dirs);
  recipe["use_default_dirs"] = h.use_default_dirs;
  return PyChain{std::move(host), std::make_shared<const Chain>(std::move(chain)), std::move(recipe)};
}

// A TOML basic string.
std::string toml_string(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c < 0x20 || c == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04X", c);
      out += buf;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out + "\"";
}

std::string toml_value(py::handle v, const std::string& where) {
  if (PyBool_Check(v.ptr())) return v.cast<bool>() ? "true" : "false";
  if (PyLong_Check(v.ptr())) return py::str(v).cast<std::string>();
  if (PyFloat_Check(v.ptr())) return py::repr(v).cast<std::string>();
  if (PyUnicode_Check(v.ptr())) return toml_string(v.cast<std::string>());
  if (PyList_Check(v.ptr()) || PyTuple_Check(v.ptr())) {
    std::string out = "[";
    for (auto x : v) out += (out.size() > 1 ? ", " : "") + toml_value(x, where);
    return out + "]";
  }
  throw py::type_error(where + ": an option value must be a bool, int, float, str or a list of str");
}

// The chain `steps` with `options` ({plugin: {option: value}}) as a TOML config: the host validates the
// options exactly as it validates a file's [plugins.NAME] tables.
std::string steps_config(const std::vector<std::string>& steps, const py::dict& options) {
  std::string toml;
  for (auto kv : options) {
    const std::string plugin = py::str(kv.first).cast<std::string>();
    toml += "[plugins." + toml_string(plugin) + "]\n";
    for (auto opt : py::reinterpret_borrow<py::dict>(kv.second)) {
      const std::string name = py::str(opt.first).cast<std::string>();
      toml += toml_string(name) + " = " + toml_value(opt.second, plugin + "." + name) + "\n";
    }
  }
  toml += "[chains.python]\nsteps = [";
  for (size_t i = 0; i < steps.size(); ++i) toml += (i ? ", " : "") + toml_string(steps[i]);
  return toml + "]\n";
}

py::dict option_dict(const OptionInfo& o) {
  py::dict d;
  d["name"] = o.name;
  d["type"] = o.type;
  d["default_value"] = o.default_value;
  d["choices"] = o.choices;
  d["required"] = o.required;
  d["deprecated"] = o.deprecated;
  d["help"] = o.help;
  return d;
}

py::dict plugin_dict(const PluginInfo& p) {
  py::dict d;
  d["name"] = p.name;
  d["version"] = p.version;
  d["description"] = p.description;
  d["license"] = p.license;
  d["path"] = p.path;
  d["abi_major"] = p.abi_major;
  d["abi_minor"] = p.abi_minor;
  py::list options;
  for (const auto& o : p.options) options.append(option_dict(o));
  d["options"] = options;
  d["provides"] = p.provides;
  d["needs"] = p.needs;
  d["thread_safe"] = p.thread_safe;
  d["rewrites_text"] = p.rewrites_text;
  return d;
}

// A run's default date: a date, or a date-time as a record's "date" may be (set_document_date).
bool is_run_date(const std::string& date) {
  DocumentInput probe;
  return set_document_date(probe, date);
}

}  // namespace

PYBIND11_MODULE(_native, m) {
  m.doc() = "textchain host binding (internal: import textchain)";
  m.attr("host_version") = textchain::version();

  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const ConfigError& e) {
      py::object cls = py::module_::import("textchain.errors").attr("ConfigError");
      py::object file = e.file().empty() ? py::object(py::none()) : py::object(py::str(e.file()));
      py::object line = e.line() > 0 ? py::object(py::int_(e.line())) : py::object(py::none());
      py::object col = e.column() > 0 ? py::object(py::int_(e.column())) : py::object(py::none());
      PyErr_SetObject(cls.ptr(), cls(e.what(), file, line, col, e.message()).ptr());
    } catch (const PluginError& e) {
      py::object cls = py::module_::import("textchain.errors").attr("PluginError");
      PyErr_SetObject(cls.ptr(), cls(e.what()).ptr());
    }
  });

  py::class_<PyHost>(m, "Host")
      .def(py::init([](const std::vector<fs::path>& plugin_dirs, bool use_default_dirs) {
             auto h = std::make_unique<PyHost>();
             for (const auto& d : plugin_dirs) {
               fs::path abs = fs::absolute(d).lexically_normal();
               h->host->add_plugin_dir(abs);
               h->plugin_dirs.push_back(abs.string());
             }
             h->use_default_dirs = use_default_dirs;
             h->host->set_use_default_dirs(use_default_dirs);
             return h;
           }),
           py::arg("plugin_dirs") = std::vector<fs::path>{}, py::arg("use_default_dirs") = true)
      .def("_plugin_infos",
           [](PyHost& h) {
             std::vector<std::string> problems;
             auto infos = h.host->plugins(&problems);
             py::list out;
             for (const auto& p : infos) out.append(plugin_dict(p));
             return py::make_tuple(out, problems);
           })
      .def("_plugin_info", [](PyHost& h, const std::string& name) { return plugin_dict(h.host->plugin(name)); })
      .def("search_path",
           [](const PyHost& h) {
             std::vector<std::string> out;
             for (const auto& p : h.host->search_path()) out.push_back(p.string());
             return out;
           },
           "The directories searched for plugins, in order.")
      .def_property_readonly("plugin_dirs", [](const PyHost& h) { return h.plugin_dirs; })
      .def_property_readonly("use_default_dirs", [](const PyHost& h) { return h.use_default_dirs; })
      .def("_load_chain",
           [](py::object self, const fs::path& config, std::optional<std::string> chain_name,
              std::optional<std::vector<std::string>> steps, std::optional<size_t> max_document_bytes,
              bool explain) {
             PyHost& h = self.cast<PyHost&>();
             const fs::path abs = fs::absolute(config).lexically_normal();
             Chain chain = steps ? h.host->load_chain_with_steps(abs, *steps)
                                 : h.host->load_chain(abs, chain_name.value_or(std::string()));
             py::dict recipe;
             recipe["config"] = abs.string();
             recipe["chain"] = chain_name ? py::object(py::str(*chain_name)) : py::object(py::none());
             recipe["steps"] = steps ? py::cast(*steps) : py::object(py::none());
             recipe["options"] = py::none();
             return make_py_chain(std::move(chain), self, recipe, max_document_bytes, explain);
           })
      .def("_make_chain", [](py::object self, std::optional<std::vector<std::string>> steps, py::dict options,
                             std::optional<size_t> max_document_bytes, bool explain) {
        PyHost& h = self.cast<PyHost&>();
        Chain chain;
        // The default chain (no steps) is the command's default-chain.toml, loaded by the Python side.
        if (!steps) throw py::value_error("options need steps: make_chain(steps=[...], options={...})");
        if (options.empty())
          chain = h.host->make_chain(*steps);
        else {
          try {
            chain = h.host->load_chain_from_string(steps_config(*steps, options), "<make_chain options>");
          } catch (const ConfigError& e) {
            // Lines and columns of the TOML written for the options would mean nothing to the caller.
            throw ConfigError("make_chain options", 0, 0, e.message());
          }
        }
        py::dict recipe;
        recipe["config"] = py::none();
        recipe["chain"] = py::none();
        recipe["steps"] = steps ? py::cast(*steps) : py::object(py::none());
        recipe["options"] = options;
        return make_py_chain(std::move(chain), self, recipe, max_document_bytes, explain);
      });

  py::class_<PyChain>(m, "Chain")
      .def(
          "process",
          [](const PyChain& c, py::handle text, py::handle id, py::handle date, bool char_offsets) {
            DocumentRequest request = request_from_arguments(text, id, date);
            std::optional<Result> result;
            {
              py::gil_scoped_release release;
              result.emplace(c.chain->process(request.text.bytes, request.input));
            }
            return result_record(request, &*result, char_offsets);
          },
          py::arg("text"), py::kw_only(), py::arg("id") = py::none(), py::arg("date") = py::none(),
          py::arg("char_offsets") = true)
      .def(
          "process_many",
          [](const PyChain& c, py::iterable items, size_t jobs, std::optional<std::string> date, bool char_offsets) {
            if (jobs < 1) throw py::value_error("jobs must be at least 1");
            if (date && !is_run_date(*date)) throw py::value_error("date is not a YYYY-MM-DD date: " + *date);
            return std::make_unique<OrderedRun>(c.chain, items, jobs, date.value_or(std::string()), char_offsets);
          },
          py::arg("items"), py::kw_only(), py::arg("jobs") = 1, py::arg("date") = py::none(),
          py::arg("char_offsets") = true, py::keep_alive<0, 1>())
      .def(
          "process_jsonl",
          [](const PyChain& c, py::iterable lines, const fs::path& source, size_t jobs, std::optional<std::string> date,
             bool char_offsets) {
            if (jobs < 1) throw py::value_error("jobs must be at least 1");
            if (date && !is_run_date(*date)) throw py::value_error("date is not a YYYY-MM-DD date: " + *date);
            return std::make_unique<OrderedRun>(c.chain, lines, jobs, date.value_or(std::string()), char_offsets,
                                                source.string());
          },
          py::arg("lines"), py::arg("source"), py::kw_only(), py::arg("jobs") = 1, py::arg("date") = py::none(),
          py::arg("char_offsets") = true, py::keep_alive<0, 1>())
      .def_property_readonly("steps", [](const PyChain& c) { return c.chain->steps(); })
      .def_property_readonly("max_document_bytes", [](const PyChain& c) { return c.chain->limits().max_document_bytes; })
      .def_property_readonly("recipe", [](const PyChain& c) { return py::dict(c.recipe); })
      .def_property_readonly("host", [](const PyChain& c) { return c.host; });

  py::class_<OrderedRun>(m, "ProcessMany")
      .def("__iter__", [](py::object self) { return self; })
      .def("__next__", &OrderedRun::next);
}
