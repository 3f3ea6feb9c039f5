// main() of net_tests: Qt Network needs a QCoreApplication; each test's fake servers run on their
// own threads, and the code under test runs its own event loop per request.
#include <gtest/gtest.h>
#include <QCoreApplication>

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
