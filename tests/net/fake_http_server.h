// A tiny HTTP/1.1 server for the network tests: a QTcpServer on 127.0.0.1 running on its own
// thread, answering each request with what a handler returns (or a broken answer on purpose).
// Connections close after each answer. Never reachable from outside the machine.
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <string>
#include <vector>

class QObject;
class QThread;
class QTcpServer;

namespace cds::test {

struct FakeRequest {
  std::string method;
  std::string path;                            // with the query string
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
  std::string header(const std::string& name) const {
    auto it = headers.find(name);
    return it == headers.end() ? "" : it->second;
  }
};

struct FakeResponse {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  int delayMs = 0;                // wait before answering
  long long declaredLength = -1;  // Content-Length to announce (-1: the body's size)
  bool hangAfterBody = false;     // keep the connection open, silent, after what was sent
  bool dropAfterBody = false;     // reset after the body even if declaredLength promises more
  bool noContentLength = false;   // no Content-Length: the body ends when the connection closes
};

// The Hugging Face Hub's answers, for fake Hubs: a gated repository the caller may not read (401
// with X-Error-Code: GatedRepo), and one entry of a repository's file list (?blobs=true): size,
// git blob id, and for an LFS file its SHA-256. hubHash: lower-case hex SHA-1 or SHA-256.
FakeResponse hubGatedAnswer(const std::string& repo_id);
nlohmann::json hubSibling(const std::string& path, const std::string& bytes, bool lfs);
std::string hubHash(const std::string& bytes, bool sha256);

// Answers a Range request for `content` (206 with Content-Range), or the whole of it (200).
FakeResponse serveBytes(const FakeRequest& request, const std::string& content,
                        std::vector<std::pair<std::string, std::string>> headers = {});

class FakeHttpServer {
 public:
  using Handler = std::function<FakeResponse(const FakeRequest&)>;
  explicit FakeHttpServer(Handler handler);  // the handler runs on the server's thread
  ~FakeHttpServer();
  FakeHttpServer(const FakeHttpServer&) = delete;
  FakeHttpServer& operator=(const FakeHttpServer&) = delete;

  std::string url() const;  // http://127.0.0.1:PORT

 private:
  Handler handler_;
  QThread* thread_ = nullptr;
  QObject* context_ = nullptr;
  QTcpServer* server_ = nullptr;
  int port_ = 0;
};

}  // namespace cds::test
