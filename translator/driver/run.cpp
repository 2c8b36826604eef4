// Compile cache and process launch for --run.
#include "driver/run.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <algorithm>
#include <functional>
#include <map>
#include <thread>
#include <ostream>

#include "driver/config.h"

namespace py2cpp::driver {

namespace fs = std::filesystem;

namespace {

// The runtime headers and library: the installed layout beside the
// executable (<prefix>/bin, <prefix>/include, <prefix>/lib) when present,
// otherwise the build tree this translator was built in.
struct RuntimePaths {
  std::string include_dir;
  std::string library;
  /// libpyrt_stdlib.a: CPython's Python modules, translated; linked before libpyrt.a.
  std::string stdlib_library;
};

RuntimePaths runtime_paths() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path prefix = exe.parent_path().parent_path();
    if (fs::exists(prefix / "include/pyrt/pyrt.h") && fs::exists(prefix / "lib/libpyrt.a")) {
      return {(prefix / "include").string(), (prefix / "lib/libpyrt.a").string(),
              (prefix / "lib/libpyrt_stdlib.a").string()};
    }
  }
  return {kRuntimeIncludeDir, kRuntimeLibrary, kStdlibLibrary};
}

fs::path cache_dir() {
  if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return fs::path(x) / "py2cpp-async";
  if (const char* h = std::getenv("HOME"); h && *h) return fs::path(h) / ".cache/py2cpp-async";
  return fs::temp_directory_path() / "py2cpp-async-cache";
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

int exit_status(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return 1;
}

std::string hex_hash(const std::string& key) {
  char hash[32];
  std::snprintf(hash, sizeof hash, "%016zx", std::hash<std::string>{}(key));
  return hash;
}

// Runs `command` through the shell; true when it exits 0.
bool succeeds(const std::string& command) { return exit_status(std::system(command.c_str())) == 0; }

/// One unit to compile: the shell command and the source it reads.
struct Compile {
  std::string command;
  std::string source;
};

// Runs the compiles, as many at once as the machine has cores; returns the sources of those
// that failed.
std::vector<std::string> run_in_parallel(const std::vector<Compile>& compiles) {
  std::size_t jobs = std::max(1u, std::thread::hardware_concurrency());
  std::map<pid_t, std::size_t> running;
  std::vector<std::string> failed;
  std::size_t next = 0;
  while (next < compiles.size() || !running.empty()) {
    while (next < compiles.size() && running.size() < jobs) {
      std::fflush(nullptr);
      pid_t pid = fork();
      if (pid == 0) {
        execl("/bin/sh", "sh", "-c", compiles[next].command.c_str(), static_cast<char*>(nullptr));
        _exit(127);
      }
      if (pid < 0) {
        failed.push_back(compiles[next++].source);
        continue;
      }
      running[pid] = next++;
    }
    if (running.empty()) break;
    int status = 0;
    pid_t done = waitpid(-1, &status, 0);
    auto it = running.find(done);
    if (it == running.end()) continue;
    if (exit_status(status) != 0) failed.push_back(compiles[it->second].source);
    running.erase(it);
  }
  return failed;
}

}  // namespace

int compile_and_run(const std::string& input, const std::vector<std::string>& units,
                    const std::vector<std::string>& args, std::ostream& err) {
  RuntimePaths rt = runtime_paths();
  std::error_code ec;
  auto lib_time = fs::last_write_time(rt.library, ec).time_since_epoch().count();
  auto stdlib_time = fs::last_write_time(rt.stdlib_library, ec).time_since_epoch().count();
  // The runtime's headers change only with its library, so its time stands for them.
  std::string toolchain = std::string(kCxxCompiler) + "\n" + rt.library + std::to_string(lib_time) + "\n" +
                          rt.stdlib_library + std::to_string(stdlib_time);
  fs::path objects = cache_dir() / "objects";
  fs::create_directories(objects, ec);
  std::string link_key = toolchain;
  std::vector<fs::path> object_files;
  std::vector<Compile> compiles;
  for (const std::string& cpp : units) {
    std::string hash = hex_hash(cpp + "\n" + toolchain);
    link_key += "\n" + hash;
    fs::path object = objects / (hash + ".o");
    object_files.push_back(object);
    if (fs::exists(object)) continue;
    fs::path source = objects / (hash + ".cpp");
    std::ofstream(source, std::ios::binary) << cpp;
    std::string tmp = object.string() + ".tmp";
    compiles.push_back({std::string(kCxxCompiler) + " -std=c++20 -O2 -foptimize-sibling-calls -w -I" +
                            shell_quote(rt.include_dir) + " -c " + shell_quote(source.string()) + " -o " +
                            shell_quote(tmp) + " && mv " + shell_quote(tmp) + " " + shell_quote(object.string()),
                        source.string()});
  }
  for (const std::string& failed : run_in_parallel(compiles)) {
    err << input << ": error: the generated C++ did not compile (kept in " << failed << ")\n";
  }
  for (const fs::path& o : object_files) {
    if (!fs::exists(o)) return 1;
  }
  fs::path dir = cache_dir() / hex_hash(link_key);
  fs::path binary = dir / "program";
  if (!fs::exists(binary)) {
    fs::create_directories(dir, ec);
    std::string command = std::string(kCxxCompiler);
    for (const fs::path& o : object_files) command += " " + shell_quote(o.string());
    command += " " + shell_quote(rt.stdlib_library) + " " + shell_quote(rt.library) + " " + kRuntimeLinkFlags + " -o " + shell_quote(binary.string() + ".tmp") +
               " && mv " + shell_quote(binary.string() + ".tmp") + " " + shell_quote(binary.string());
    if (!succeeds(command)) {
      err << input << ": error: the generated C++ did not link\n";
      return 1;
    }
  }
  std::vector<char*> argv;
  std::string program = input;
  argv.push_back(program.data());
  std::vector<std::string> copies(args);
  for (auto& a : copies) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::fflush(nullptr);
  pid_t pid = fork();
  if (pid == 0) {
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return exit_status(status);
}

}  // namespace py2cpp::driver
