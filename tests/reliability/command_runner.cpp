#include "command_runner.hpp"

#include <boost/json/parse.hpp>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <poll.h>
#include <sstream>
#include <stdexcept>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace reliability {

std::string textchain_exe() { return TEXTCHAIN_EXE; }
std::string test_plugin_dir() { return TEST_PLUGIN_DIR; }
std::string edge_plugin_dir() { return EDGE_PLUGIN_DIR; }
std::string exit_on_load_dir() { return EXIT_ON_LOAD_DIR; }

namespace {
std::string read_whole(const fs::path& file) {
  std::ifstream f(file, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

std::vector<char*> argv_of(const std::vector<std::string>& args, std::vector<std::string>& storage) {
  storage.clear();
  storage.push_back(textchain_exe());
  storage.insert(storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& s : storage) argv.push_back(s.data());
  argv.push_back(nullptr);
  return argv;
}

void fill_status(int status, Finished& f) {
  if (WIFEXITED(status)) {
    f.exit_code = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    f.signal = WTERMSIG(status);
  }
}

[[noreturn]] void exec_child(std::vector<char*>& argv) {
  // The test runner may ignore or block signals; the command must start with the defaults.
  for (int s : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) signal(s, SIG_DFL);
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, nullptr);
  execv(argv[0], argv.data());
  _exit(127);
}
}  // namespace

Finished run_textchain(const std::vector<std::string>& args, const std::string& stdin_file,
                       const std::string& stdout_file) {
  TempDir tmp;
  const fs::path out = stdout_file.empty() ? tmp / "stdout" : fs::path(stdout_file), err = tmp / "stderr";
  std::vector<std::string> storage;
  std::vector<char*> argv = argv_of(args, storage);
  const std::string in = stdin_file.empty() ? "/dev/null" : stdin_file;
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    int i = open(in.c_str(), O_RDONLY);
    int o = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int e = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (i < 0 || o < 0 || e < 0) _exit(126);
    dup2(i, 0);
    dup2(o, 1);
    dup2(e, 2);
    exec_child(argv);
  }
  int status = 0;
  rusage usage{};
  while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
  }
  Finished f;
  fill_status(status, f);
  f.max_rss_kb = usage.ru_maxrss;
  if (stdout_file.empty()) f.out = read_whole(out);
  f.err = read_whole(err);
  return f;
}

Child::Child(const std::vector<std::string>& args) {
  int in[2], out[2];
  if (pipe(in) != 0 || pipe(out) != 0) throw std::runtime_error("pipe failed");
  char tmpl[] = "/tmp/textchain_child_err_XXXXXX";
  int e = mkstemp(tmpl);
  if (e < 0) throw std::runtime_error("mkstemp failed");
  err_file_ = tmpl;
  std::vector<std::string> storage;
  std::vector<char*> argv = argv_of(args, storage);
  pid_ = fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) {
    dup2(in[0], 0);
    dup2(out[1], 1);
    dup2(e, 2);
    close(in[0]);
    close(in[1]);
    close(out[0]);
    close(out[1]);
    close(e);
    exec_child(argv);
  }
  close(in[0]);
  close(out[1]);
  close(e);
  in_ = in[1];
  out_ = out[0];
}

Child::~Child() {
  if (in_ >= 0) close(in_);
  if (out_ >= 0) close(out_);
  if (pid_ > 0) {
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
  std::error_code ec;
  if (!err_file_.empty()) fs::remove(err_file_, ec);
}

void Child::write_stdin(std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = write(in_, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw std::runtime_error("write to the child's stdin failed");
    bytes.remove_prefix(static_cast<size_t>(n));
  }
}

void Child::close_stdin() {
  if (in_ >= 0) close(in_);
  in_ = -1;
}

size_t Child::stdin_unread() const {
  int n = 0;
  if (in_ < 0 || ioctl(in_, FIONREAD, &n) != 0) return 0;
  return static_cast<size_t>(n);
}

bool Child::catches(int sig) const {
  std::ifstream f("/proc/" + std::to_string(pid_) + "/status");
  std::string line;
  while (std::getline(f, line)) {
    if (line.rfind("SigCgt:", 0) != 0) continue;
    unsigned long long mask = std::strtoull(line.c_str() + 7, nullptr, 16);
    return (mask >> (sig - 1)) & 1u;
  }
  return false;
}

bool Child::blocked_reading_stdin() const {
  // "<syscall number> <arg0> ...": read(2) is 0 on x86-64, and arg0 the file descriptor.
  std::ifstream f("/proc/" + std::to_string(pid_) + "/syscall");
  std::string nr, fd;
  if (!(f >> nr >> fd)) return false;
#if defined(__x86_64__)
  return nr == "0" && fd == "0x0";
#elif defined(__aarch64__)
  return nr == "63" && fd == "0x0";
#else
  return false;
#endif
}

bool Child::blocked_writing_stdout() const {
  std::ifstream f("/proc/" + std::to_string(pid_) + "/syscall");
  std::string nr, fd;
  if (!(f >> nr >> fd)) return false;
#if defined(__x86_64__)
  if (nr != "1") return false;
#elif defined(__aarch64__)
  if (nr != "64") return false;
#else
  return false;
#endif
  // The command writes its records through a descriptor of its own (descriptor 1 is kept for what plugins
  // print): the write counts when its descriptor is the pipe this test reads.
  std::error_code ec;
  const auto target = std::filesystem::read_symlink(
      "/proc/" + std::to_string(pid_) + "/fd/" + std::to_string(std::stoul(fd, nullptr, 16)), ec);
  return !ec && target == std::filesystem::read_symlink("/proc/self/fd/" + std::to_string(out_), ec);
}

bool Child::wait_lines(size_t lines, int timeout_ms) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  char buf[1 << 16];
  while (static_cast<size_t>(std::count(out_buffer_.begin(), out_buffer_.end(), '\n')) < lines) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    pollfd p{out_, POLLIN, 0};
    if (poll(&p, 1, static_cast<int>(left.count())) <= 0) continue;
    const ssize_t n = read(out_, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    out_buffer_.append(buf, static_cast<size_t>(n));
  }
  return true;
}

bool Child::wait_stdout(int timeout_ms) {
  pollfd p{out_, POLLIN, 0};
  return poll(&p, 1, timeout_ms) > 0;
}

Finished Child::finish() {
  char buf[1 << 16];
  while (true) {
    ssize_t n = read(out_, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    out_buffer_.append(buf, static_cast<size_t>(n));
  }
  int status = 0;
  while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  pid_ = -1;
  Finished f;
  fill_status(status, f);
  f.out = std::move(out_buffer_);
  f.err = read_whole(err_file_);
  return f;
}

TempDir::TempDir() {
  std::string tmpl = (fs::temp_directory_path() / "textchain_reliability_XXXXXX").string();
  if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
  path_ = tmpl;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

void write_file(const fs::path& file, std::string_view contents) {
  std::ofstream f(file, std::ios::binary | std::ios::trunc);
  f.write(contents.data(), static_cast<std::streamsize>(contents.size()));
  if (!f) throw std::runtime_error("cannot write " + file.string());
}

std::vector<boost::json::value> parse_records(const std::string& out) {
  std::vector<boost::json::value> records;
  size_t start = 0;
  while (start < out.size()) {
    size_t nl = out.find('\n', start);
    std::string_view line(out.data() + start, (nl == std::string::npos ? out.size() : nl) - start);
    boost::system::error_code ec;
    boost::json::value v = boost::json::parse(line, ec);
    records.push_back(ec ? boost::json::value(boost::json::string(line)) : std::move(v));
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  return records;
}

std::string messages(const boost::json::value& record, std::string_view field) {
  std::string s;
  if (!record.is_object()) return s;
  const boost::json::value* list = record.as_object().if_contains(field);
  if (!list || !list->is_array()) return s;
  for (const auto& m : list->as_array()) {
    if (!m.is_object()) continue;
    const auto& o = m.as_object();
    const boost::json::value* plugin = o.if_contains("plugin");
    const boost::json::value* message = o.if_contains("message");
    s += (plugin && plugin->is_string() ? std::string(plugin->as_string()) : std::string("host")) + ": " +
         (message && message->is_string() ? std::string(message->as_string()) : std::string("?")) + "\n";
  }
  return s;
}

bool Child::signal_pending(int sig) const {
  std::ifstream f("/proc/" + std::to_string(pid_) + "/status");
  std::string line;
  uint64_t pending = 0;
  while (std::getline(f, line))
    if (line.rfind("ShdPnd:", 0) == 0 || line.rfind("SigPnd:", 0) == 0) pending |= std::strtoull(line.c_str() + 7, nullptr, 16);
  return (pending >> (sig - 1)) & 1;
}

}  // namespace reliability
