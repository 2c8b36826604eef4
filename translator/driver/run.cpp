// Compile cache and process launch for --run.
#include "driver/run.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
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
};

RuntimePaths runtime_paths() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path prefix = exe.parent_path().parent_path();
    if (fs::exists(prefix / "include/pyrt/pyrt.h") && fs::exists(prefix / "lib/libpyrt.a")) {
      return {(prefix / "include").string(), (prefix / "lib/libpyrt.a").string()};
    }
  }
  return {kRuntimeIncludeDir, kRuntimeLibrary};
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

}  // namespace

int compile_and_run(const std::string& input, const std::string& cpp, const std::vector<std::string>& args,
                    std::ostream& err) {
  RuntimePaths rt = runtime_paths();
  std::error_code ec;
  auto lib_time = fs::last_write_time(rt.library, ec).time_since_epoch().count();
  std::string key = cpp + "\n" + kCxxCompiler + "\n" + rt.library + std::to_string(lib_time);
  char hash[32];
  std::snprintf(hash, sizeof hash, "%016zx", std::hash<std::string>{}(key));
  fs::path dir = cache_dir() / hash;
  fs::path binary = dir / "program";
  if (!fs::exists(binary)) {
    fs::create_directories(dir, ec);
    fs::path source = dir / "program.cpp";
    std::ofstream(source, std::ios::binary) << cpp;
    std::string command = std::string(kCxxCompiler) + " -std=c++20 -O2 -foptimize-sibling-calls -w -I" +
                          shell_quote(rt.include_dir) + " " + shell_quote(source.string()) + " " +
                          shell_quote(rt.library) + " " + kRuntimeLinkFlags + " -o " +
                          shell_quote(binary.string() + ".tmp") + " && mv " + shell_quote(binary.string() + ".tmp") +
                          " " + shell_quote(binary.string());
    int status = std::system(command.c_str());
    if (exit_status(status) != 0) {
      err << input << ": error: the generated C++ did not compile (kept in " << source.string() << ")\n";
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
