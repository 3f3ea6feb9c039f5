// The test HTTP server (see fake_http_server.h): parses one request per connection, then writes
// the handler's answer, optionally late, truncated or never finished.
#include "tests/net/fake_http_server.h"

#include <memory>

#include <QByteArray>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QMetaObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace cds::test {

namespace {

const char* reasonOf(int status) {
  switch (status) {
    case 200:
      return "OK";
    case 206:
      return "Partial Content";
    case 302:
      return "Found";
    case 401:
      return "Unauthorized";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 416:
      return "Range Not Satisfiable";
    case 429:
      return "Too Many Requests";
    case 500:
      return "Internal Server Error";
    case 502:
      return "Bad Gateway";
    case 503:
      return "Service Unavailable";
    default:
      return "Status";
  }
}

void answer(QTcpSocket* socket, const FakeResponse& r) {
  if (socket->state() != QAbstractSocket::ConnectedState) return;
  QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + " " + reasonOf(r.status) + "\r\n";
  for (const auto& [name, value] : r.headers)
    out += QByteArray::fromStdString(name + ": " + value + "\r\n");
  const long long length = r.declaredLength >= 0 ? r.declaredLength : (long long)r.body.size();
  if (!r.noContentLength) out += "Content-Length: " + QByteArray::number(length) + "\r\n";
  out += "Connection: close\r\n\r\n";
  out += QByteArray::fromStdString(r.body);
  socket->write(out);
  if (r.hangAfterBody) return;
  if (r.dropAfterBody) {
    // A reset discards what the client has not read yet: give it time to read what was sent,
    // so the cut falls where the test put it.
    socket->flush();
    QTimer::singleShot(50, socket, [socket] { socket->abort(); });
    return;
  }
  socket->disconnectFromHost();
}

}  // namespace

std::string hubHash(const std::string& bytes, bool sha256) {
  return QCryptographicHash::hash(QByteArray::fromStdString(bytes),
                                  sha256 ? QCryptographicHash::Sha256 : QCryptographicHash::Sha1)
      .toHex()
      .toStdString();
}

FakeResponse hubGatedAnswer(const std::string& repo_id) {
  FakeResponse out;
  out.status = 401;
  out.headers = {{"X-Error-Code", "GatedRepo"}};
  out.body = R"({"error": "Access to model )" + repo_id + R"( is restricted."})";
  return out;
}

nlohmann::json hubSibling(const std::string& path, const std::string& bytes, bool lfs) {
  // A git blob id hashes "blob <size>\0" and the bytes.
  nlohmann::json s = {
      {"rfilename", path},
      {"size", bytes.size()},
      {"blobId",
       hubHash("blob " + std::to_string(bytes.size()) + std::string(1, '\0') + bytes, false)}};
  if (lfs) s["lfs"] = {{"sha256", hubHash(bytes, true)}, {"size", bytes.size()}};
  return s;
}

FakeResponse serveBytes(const FakeRequest& request, const std::string& content,
                        std::vector<std::pair<std::string, std::string>> headers) {
  FakeResponse r;
  r.headers = std::move(headers);
  const std::string range = request.header("range");
  if (range.rfind("bytes=", 0) == 0) {
    const long long from = std::stoll(range.substr(6));
    if (from >= (long long)content.size()) {
      r.status = 416;
      return r;
    }
    r.status = 206;
    r.body = content.substr(size_t(from));
    r.headers.push_back({"Content-Range", "bytes " + std::to_string(from) + "-" +
                                              std::to_string(content.size() - 1) + "/" +
                                              std::to_string(content.size())});
    return r;
  }
  r.body = content;
  return r;
}

FakeHttpServer::FakeHttpServer(Handler handler) : handler_(std::move(handler)) {
  thread_ = new QThread;
  context_ = new QObject;
  context_->moveToThread(thread_);
  thread_->start();
  QMetaObject::invokeMethod(
      context_,
      [this] {
        server_ = new QTcpServer;
        server_->listen(QHostAddress::LocalHost, 0);
        port_ = server_->serverPort();
        QObject::connect(server_, &QTcpServer::newConnection, server_, [this] {
          while (QTcpSocket* socket = server_->nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
              *buffer += socket->readAll();
              const int end = buffer->indexOf("\r\n\r\n");
              if (end < 0) return;
              FakeRequest request;
              const QList<QByteArray> lines = buffer->left(end).split('\n');
              const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
              request.method = first.value(0).toStdString();
              request.path = first.value(1).toStdString();
              for (int i = 1; i < lines.size(); ++i) {
                const int colon = lines[i].indexOf(':');
                if (colon > 0)
                  request.headers[lines[i].left(colon).trimmed().toLower().toStdString()] =
                      lines[i].mid(colon + 1).trimmed().toStdString();
              }
              const int length =
                  QByteArray::fromStdString(request.header("content-length")).toInt();
              if (buffer->size() < end + 4 + length) return;
              request.body = buffer->mid(end + 4, length).toStdString();
              buffer->clear();
              QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
              FakeResponse response = handler_(request);
              if (request.method == "HEAD") {
                response.declaredLength = (long long)response.body.size();
                response.body.clear();
              }
              if (response.delayMs > 0)
                QTimer::singleShot(response.delayMs, socket,
                                   [socket, response] { answer(socket, response); });
              else
                answer(socket, response);
            });
          }
        });
      },
      Qt::BlockingQueuedConnection);
}

FakeHttpServer::~FakeHttpServer() {
  QMetaObject::invokeMethod(
      context_, [this] { delete server_; }, Qt::BlockingQueuedConnection);
  thread_->quit();
  thread_->wait();
  delete context_;
  delete thread_;
}

std::string FakeHttpServer::url() const { return "http://127.0.0.1:" + std::to_string(port_); }

}  // namespace cds::test
