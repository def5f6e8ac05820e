// One pass of `textchain bench --isolate`: the documents through a Supervisor as `run --isolate -j N`
// runs them (workers started, batches over pipes, results back in order), minus reading, formatting and
// writing: the results come back unformatted and are decoded, as for `run --isolate --format` other than
// jsonl (with jsonl the workers format the records, and the in-process passes of `bench` format nothing).
#ifndef TEXTCHAIN_CLI_ISOLATION_ISOLATED_PASS_HPP
#define TEXTCHAIN_CLI_ISOLATION_ISOLATED_PASS_HPP

#include "chain_options.hpp"
#include "io/input_reader.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>

namespace textchain::cli::isolation {

struct IsolatedPass {
  uint64_t startup_ns = 0;  // until every worker had built its chain
  uint64_t wall_ns = 0;     // the whole pass, start-up included, until every worker was reaped
  uint64_t cpu_ns = 0;      // this process and its workers
  size_t failed = 0;        // documents whose record carries an error
  int status = 0;  // non-zero, printed: a configuration error (78), or no worker process could be started (71)
};

// Runs `count` documents (`document(i)` makes the i-th) through `jobs` worker processes.
IsolatedPass run_isolated_pass(const ChainOptions& chain, size_t jobs, size_t count,
                               const std::function<io::InputDocument(size_t)>& document);

}  // namespace textchain::cli::isolation

#endif
