// A fault injector for the kill tests, loaded with LD_PRELOAD into cdstudio-cli: it kills the
// process with SIGKILL (nothing runs after it: no destructor, no flush, no temp-file cleanup) at
// an exact moment of a file write, so the tests can hit the few milliseconds in which a
// checkpoint or an output file is half written, which random kills rarely reach.
//
//   CDS_KILL_AT="OP:TEXT:N"   die at the Nth call of OP on a path containing TEXT
//
// OP is "fwrite" (before writing: the file exists, part written), "fsync" (before flushing a
// fully written temporary file) or "rename" (before moving a finished temporary file or folder
// into place; TEXT is matched against the new name). The calls of the program go through these
// wrappers and then on to the C library's own functions.
#include <dlfcn.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

namespace {

int g_parsed;
char g_op[16];
char g_text[256];
long g_target;
long g_seen;

void parse_once(void) {
  if (g_parsed) return;
  g_parsed = 1;
  const char* spec = getenv("CDS_KILL_AT");
  if (!spec) return;
  const char* a = strchr(spec, ':');
  const char* b = a ? strrchr(spec, ':') : nullptr;
  if (!a || b == a || static_cast<size_t>(a - spec) >= sizeof g_op ||
      static_cast<size_t>(b - a - 1) >= sizeof g_text)
    return;
  memcpy(g_op, spec, static_cast<size_t>(a - spec));
  memcpy(g_text, a + 1, static_cast<size_t>(b - a - 1));
  g_target = atol(b + 1);
}

void maybe_die(const char* op, const char* path) {
  parse_once();
  if (g_target <= 0 || strcmp(op, g_op) != 0 || !path || !strstr(path, g_text)) return;
  if (++g_seen < g_target) return;
  // Say where it died (stderr is unbuffered) so a failing test shows the moment.
  fprintf(stderr, "kill_shim: SIGKILL at %s #%ld of %s\n", op, g_seen, path);
  kill(getpid(), SIGKILL);
}

const char* fd_path(int fd, char* buf, size_t size) {
  char link[64];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  const ssize_t n = readlink(link, buf, size - 1);
  if (n < 0) return nullptr;
  buf[n] = '\0';
  return buf;
}

}  // namespace

extern "C" {

size_t fwrite(const void* data, size_t size, size_t count, FILE* stream) {
  static size_t (*real)(const void*, size_t, size_t, FILE*);
  if (!real)
    real = reinterpret_cast<size_t (*)(const void*, size_t, size_t, FILE*)>(
        dlsym(RTLD_NEXT, "fwrite"));
  char buf[4096];
  const int fd = fileno(stream);
  if (fd > 2) maybe_die("fwrite", fd_path(fd, buf, sizeof buf));
  return real(data, size, count, stream);
}

int fsync(int fd) {
  static int (*real)(int);
  if (!real) real = reinterpret_cast<int (*)(int)>(dlsym(RTLD_NEXT, "fsync"));
  char buf[4096];
  maybe_die("fsync", fd_path(fd, buf, sizeof buf));
  return real(fd);
}

int rename(const char* from, const char* to) noexcept {
  static int (*real)(const char*, const char*);
  if (!real) real = reinterpret_cast<int (*)(const char*, const char*)>(dlsym(RTLD_NEXT, "rename"));
  maybe_die("rename", to);
  return real(from, to);
}

}  // extern "C"
