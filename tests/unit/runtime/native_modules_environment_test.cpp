// The unit tests import native modules directly (math, _collections, dataclasses), as no
// generated main() registers them here: register all of them before any test runs.
#include <gtest/gtest.h>

#include "pyrt/object/import.h"

namespace {

class NativeModules : public ::testing::Environment {
 public:
  void SetUp() override { pyrt::register_all_native_modules(); }
};

const ::testing::Environment* const kNativeModules = ::testing::AddGlobalTestEnvironment(new NativeModules);

}  // namespace
